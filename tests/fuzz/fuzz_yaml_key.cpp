// Fuzz target: an evidence `key:` lookup. The first line is the dotted key, the rest a YAML or JSON file.
#include "fuzz_input.hpp"
#include "io/text_file.hpp"
#include "io/yaml_path.hpp"
#include "io/yaml_tree.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace readiness;
    const std::string input = fuzz::bytes(data, size);
    const std::size_t end_of_key = std::min(input.find('\n'), input.size());
    Diagnostics diagnostics;
    auto text = io::check_text(input.substr(std::min(end_of_key + 1, input.size())), "f.yaml", diagnostics);
    if (!text) {
        return 0;
    }
    const auto document = io::parse_yaml(*text, "f.yaml");
    if (document.root) {
        std::string suggestion;
        (void)io::find_path(*document.root, std::string_view(input).substr(0, end_of_key), &suggestion);
    }
    return 0;
}
