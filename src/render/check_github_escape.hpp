#pragma once

#include <string>
#include <string_view>

namespace readiness::render {

// GitHub Actions workflow-command escaping, so text cannot end a command early or start another.
// Data (the message after "::"): % CR LF become %25 %0D %0A.
std::string escape_github_data(std::string_view text);
// Property values (file=, title=): the same, and : , become %3A %2C.
std::string escape_github_property(std::string_view text);

} // namespace readiness::render
