#include "yaml_tree.hpp"

#include "yaml_prescan.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <stdexcept>
#include <unordered_map>

namespace readiness::io {

namespace {

// Thrown from inside the event handler to stop yaml-cpp at once (deep nesting, an alias).
struct StopParsing : std::runtime_error {
    StopParsing(Location where, const std::string& message)
        : std::runtime_error(message), location(std::move(where)) {}
    Location location;
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const std::string& file_name, Diagnostics& diagnostics)
        : m_file_name(file_name), m_diagnostics(diagnostics) {}

    std::optional<YamlNode> take_root() { return std::move(m_root); }
    int documents() const { return m_documents; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++m_documents > 1) {
            throw StopParsing(location(mark), "expected one YAML document, but a second one starts here");
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        YamlNode node;
        node.location = location(mark);
        add(std::move(node));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        throw StopParsing(location(mark), "aliases (*name) are not supported; write the value out in full");
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  const std::string& value) override {
        YamlNode node;
        node.location = location(mark);
        node.plain = tag == "?";
        if (node.plain && (value == "~" || value == "null" || value == "Null" || value == "NULL")) {
            add(std::move(node));
            return;
        }
        node.kind = YamlNode::Kind::scalar;
        node.scalar = value;
        add(std::move(node));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        open(YamlNode::Kind::sequence, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        open(YamlNode::Kind::map, mark);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        YamlNode node;
        std::optional<YamlNode> key;                // a map's key waiting for its value
        std::unordered_map<std::string, int> lines; // a map's keys so far, with their lines
        bool skip_value = false;                    // the pending key was a duplicate or not a scalar
    };

    Location location(const YAML::Mark& mark) const { return {m_file_name, mark.line + 1, mark.column + 1}; }

    void open(YamlNode::Kind kind, const YAML::Mark& mark) {
        if (static_cast<int>(m_stack.size()) >= k_max_yaml_depth) {
            throw StopParsing(location(mark),
                              fmt::format("nesting is deeper than {} levels", k_max_yaml_depth));
        }
        Frame frame;
        frame.node.kind = kind;
        frame.node.location = location(mark);
        m_stack.push_back(std::move(frame));
    }

    void close() {
        YamlNode node = std::move(m_stack.back().node);
        m_stack.pop_back();
        add(std::move(node));
    }

    void add(YamlNode node) {
        if (m_stack.empty()) {
            m_root = std::move(node);
            return;
        }
        Frame& top = m_stack.back();
        if (top.node.is_sequence()) {
            top.node.items.push_back(std::move(node));
            return;
        }
        if (!top.key) {
            add_key(top, std::move(node));
            return;
        }
        if (!top.skip_value) {
            top.node.entries.emplace_back(std::move(*top.key), std::move(node));
        }
        top.key.reset();
        top.skip_value = false;
    }

    void add_key(Frame& top, YamlNode key) {
        top.skip_value = false;
        if (!key.is_scalar()) {
            m_diagnostics.push_back({Severity::error, key.location,
                                     fmt::format("a key must be plain text, not {}", describe_kind(key))});
            top.skip_value = true;
        } else if (auto [it, inserted] = top.lines.emplace(key.scalar, key.location.line); !inserted) {
            m_diagnostics.push_back(
                {Severity::error, key.location,
                 fmt::format("duplicate key '{}' (first at line {})", key.scalar, it->second)});
            top.skip_value = true;
        }
        top.key = std::move(key);
    }

    const std::string& m_file_name;
    Diagnostics& m_diagnostics;
    std::vector<Frame> m_stack;
    std::optional<YamlNode> m_root;
    int m_documents = 0;
};

} // namespace

const YamlNode* YamlNode::find(std::string_view key) const {
    for (const auto& [k, value] : entries) {
        if (k.scalar == key) {
            return &value;
        }
    }
    return nullptr;
}

std::string_view describe_kind(const YamlNode& node) {
    switch (node.kind) {
    case YamlNode::Kind::null:
        return "nothing";
    case YamlNode::Kind::scalar:
        return "text";
    case YamlNode::Kind::sequence:
        return "a list";
    case YamlNode::Kind::map:
        return "a mapping";
    }
    return "nothing";
}

YamlDocument parse_yaml_expecting(const std::string& text, const std::string& file_name,
                                  std::string_view what) {
    YamlDocument document = parse_yaml(text, file_name);
    if (!document.root && document.diagnostics.empty()) {
        document.diagnostics.push_back(
            {Severity::error, {file_name, 1, 1}, fmt::format("the file is empty; expected {}", what)});
    }
    return document;
}

YamlDocument parse_yaml(const std::string& text, const std::string& file_name) {
    YamlDocument document;
    YamlPrescan scan = prescan_yaml(text, file_name);
    if (scan.refusal) {
        document.diagnostics.push_back(std::move(*scan.refusal));
        return document;
    }
    std::istringstream stream(text);
    TreeBuilder builder(file_name, document.diagnostics);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
        document.root = builder.take_root();
    } catch (const StopParsing& stop) {
        document.diagnostics.push_back({Severity::error, stop.location, stop.what()});
    } catch (const YAML::Exception& error) {
        const Location at{file_name, error.mark.line + 1, error.mark.column + 1};
        const auto& hint = scan.hint;
        if (hint && std::pair(hint->location.line, hint->location.column) <= std::pair(at.line, at.column)) {
            document.diagnostics.push_back(std::move(*scan.hint)); // the cause, where it is
        } else {
            document.diagnostics.push_back({Severity::error, at, "invalid YAML: " + error.msg});
        }
    }
    return document;
}

} // namespace readiness::io
