#pragma once

#include <string>
#include <string_view>

namespace readiness::render {

// A file named in SARIF: `uri` is a URI reference and `base` (a uriBaseId) what it is relative to.
//   "<built-in>/X.yaml" (a checklist compiled into readiness) -> "readiness/checklists/X.yaml" relative to
//       k_built_in_base: stable across runs, and no path a user's repository is likely to hold;
//   "/abs/path"  -> "file:///abs/path";
//   "rel/path"   -> "rel/path" with no base (relative to where readiness ran: the repository root in CI),
//       a leading "./" dropped.
// Bytes outside RFC 3986's unreserved characters, sub-delimiters, "@" and "/" are percent-encoded (so are
// ":", which would read as a scheme in a first segment, and "%").
struct SarifArtifact {
    std::string uri;
    std::string base;
};

inline constexpr std::string_view k_built_in_base = "READINESS_BUILTIN";

SarifArtifact sarif_artifact(std::string_view file);

std::string percent_encode_path(std::string_view path);

} // namespace readiness::render
