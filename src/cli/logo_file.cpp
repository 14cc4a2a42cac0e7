#include "logo_file.hpp"

#include "io/text_file.hpp"

namespace readiness::cli {

namespace {

constexpr std::string_view k_png_signature = "\x89PNG\r\n\x1a\n";

// Skips white space, an XML declaration, comments, processing instructions and a doctype before the root.
std::string_view root_element(std::string_view text) {
    if (text.starts_with("\xef\xbb\xbf")) {
        text.remove_prefix(3);
    }
    while (true) {
        const auto start = text.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos) {
            return {};
        }
        text.remove_prefix(start);
        std::string_view end_mark;
        if (text.starts_with("<!--")) {
            end_mark = "-->";
        } else if (text.starts_with("<?") || text.starts_with("<!")) {
            end_mark = ">";
        } else {
            return text;
        }
        const auto end = text.find(end_mark, 2);
        if (end == std::string_view::npos) {
            return {};
        }
        text.remove_prefix(end + end_mark.size());
    }
}

} // namespace

std::optional<std::string> logo_media_type(std::string_view bytes) {
    if (bytes.starts_with(k_png_signature)) {
        return "image/png";
    }
    const std::string_view root = root_element(bytes);
    if (io::is_utf8_text(bytes) && root.starts_with("<svg") && root.size() > 4 &&
        std::string_view(" \t\r\n>/").find(root[4]) != std::string_view::npos) {
        return "image/svg+xml";
    }
    return std::nullopt;
}

std::optional<render::Logo> read_logo(const std::string& path, Diagnostics& diagnostics) {
    auto bytes = io::read_file_bytes(path, path, diagnostics, k_max_logo_bytes);
    if (!bytes) {
        return std::nullopt;
    }
    auto media_type = logo_media_type(*bytes);
    if (!media_type) {
        diagnostics.push_back({Severity::error, {path, 0, 0}, "the logo is neither a PNG nor an SVG image"});
        return std::nullopt;
    }
    return render::Logo{std::move(*media_type), std::move(*bytes)};
}

} // namespace readiness::cli
