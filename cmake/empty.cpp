// Keeps a layer's library valid while its folder has no sources yet.
