#include "render/check_sarif_uri.hpp"

#include <catch2/catch.hpp>

using namespace readiness::render;

TEST_CASE("a relative path stays relative, percent-encoded where a URI needs it") {
    CHECK(sarif_artifact("policies/social-media.md").uri == "policies/social-media.md");
    CHECK(sarif_artifact("policies/social-media.md").base.empty());
    CHECK(sarif_artifact("./my policies/100%.md").uri == "my%20policies/100%25.md");
    CHECK(sarif_artifact("a:b/c#d?e.md").uri == "a%3Ab/c%23d%3Fe.md");
    CHECK(sarif_artifact("../policies/Führung.md").uri == "../policies/F%C3%BChrung.md");
}

TEST_CASE("an absolute path becomes a file URI") {
    CHECK(sarif_artifact("/srv/repo/policy one.md").uri == "file:///srv/repo/policy%20one.md");
    CHECK(sarif_artifact("/srv/repo/policy one.md").base.empty());
}

TEST_CASE("a built-in checklist is named under readiness/checklists relative to READINESS_BUILTIN") {
    const SarifArtifact artifact = sarif_artifact("<built-in>/social-readiness.yaml");
    CHECK(artifact.uri == "readiness/checklists/social-readiness.yaml");
    CHECK(artifact.base == "READINESS_BUILTIN");
}

TEST_CASE("percent_encode_path keeps unreserved characters, sub-delimiters, @ and /") {
    CHECK(percent_encode_path("aZ09-._~!$&'()*+,;=@/") == "aZ09-._~!$&'()*+,;=@/");
    CHECK(percent_encode_path(" \"<>\\^`{|}[]") == "%20%22%3C%3E%5C%5E%60%7B%7C%7D%5B%5D");
}
