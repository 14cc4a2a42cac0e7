#include "yaml_tree.hpp"

#include "yaml_prescan.hpp"

#include <fmt/format.h>
#include <yaml.h>

#include <unordered_map>

namespace readiness::io {

namespace {

// libyaml's parser over `text` (read in place, not copied), handing out one event at a time; each event
// is freed when the next is asked for, and the parser with this object.
class EventStream {
public:
    explicit EventStream(std::string_view text) {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char*>(text.data()),
                                     text.size());
    }
    ~EventStream() {
        release();
        yaml_parser_delete(&m_parser);
    }
    EventStream(const EventStream&) = delete;
    EventStream& operator=(const EventStream&) = delete;

    // The next event, or nullptr at a syntax error (then parser() says what and where).
    const yaml_event_t* next() {
        release();
        if (yaml_parser_parse(&m_parser, &m_event) == 0) {
            return nullptr;
        }
        m_held = true;
        return &m_event;
    }
    const yaml_parser_t& parser() const { return m_parser; }

private:
    void release() {
        if (m_held) {
            yaml_event_delete(&m_event);
            m_held = false;
        }
    }

    yaml_parser_t m_parser{};
    yaml_event_t m_event{};
    bool m_held = false;
};

// Builds the tree from libyaml's events. handle() returns false to stop, with a diagnostic saying why.
class TreeBuilder {
public:
    TreeBuilder(const std::string& file_name, Diagnostics& diagnostics)
        : m_file_name(file_name), m_diagnostics(diagnostics) {}

    std::optional<YamlNode> take_root() { return std::move(m_root); }

    bool handle(const yaml_event_t& event) {
        switch (event.type) {
        case YAML_DOCUMENT_START_EVENT:
            if (++m_documents > 1) {
                return stop(event.start_mark, "expected one YAML document, but a second one starts here");
            }
            return true;
        case YAML_ALIAS_EVENT:
            return stop(event.start_mark, "aliases (*name) are not supported; write the value out in full");
        case YAML_SCALAR_EVENT:
            scalar(event);
            return true;
        case YAML_SEQUENCE_START_EVENT:
            return open(YamlNode::Kind::sequence, event.start_mark);
        case YAML_MAPPING_START_EVENT:
            return open(YamlNode::Kind::map, event.start_mark);
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            close();
            return true;
        default:
            return true;
        }
    }

private:
    struct Frame {
        YamlNode node;
        std::optional<YamlNode> key;                // a map's key waiting for its value
        std::unordered_map<std::string, int> lines; // a map's keys so far, with their lines
        bool skip_value = false;                    // the pending key was a duplicate or not a scalar
    };

    Location location(const yaml_mark_t& mark) const {
        return {m_file_name, static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
    }

    bool stop(const yaml_mark_t& mark, std::string message) {
        m_diagnostics.push_back({Severity::error, location(mark), std::move(message)});
        return false;
    }

    // A plain scalar without a tag that is empty, '~' or a spelling of null is null.
    void scalar(const yaml_event_t& event) {
        const auto& data = event.data.scalar;
        const std::string_view value(reinterpret_cast<const char*>(data.value), data.length);
        YamlNode node;
        node.location = location(event.start_mark);
        node.plain = data.style == YAML_PLAIN_SCALAR_STYLE && data.tag == nullptr;
        if (node.plain &&
            (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL")) {
            add(std::move(node));
            return;
        }
        node.kind = YamlNode::Kind::scalar;
        node.scalar = value;
        add(std::move(node));
    }

    bool open(YamlNode::Kind kind, const yaml_mark_t& mark) {
        if (static_cast<int>(m_stack.size()) >= k_max_yaml_depth) {
            return stop(mark, fmt::format("nesting is deeper than {} levels", k_max_yaml_depth));
        }
        Frame frame;
        frame.node.kind = kind;
        frame.node.location = location(mark);
        m_stack.push_back(std::move(frame));
        return true;
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

// Where libyaml stopped: its mark, or for a character its reader refuses, the byte offset it gives
// counted into a line and a column of characters.
Location error_location(const yaml_parser_t& parser, std::string_view text, const std::string& file_name) {
    if (parser.error != YAML_READER_ERROR) {
        return {file_name, static_cast<int>(parser.problem_mark.line) + 1,
                static_cast<int>(parser.problem_mark.column) + 1};
    }
    Location at{file_name, 1, 1};
    const std::size_t end = std::min(parser.problem_offset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return at;
}

// libyaml's problem, and where what it was reading began when that is elsewhere.
std::string error_message(const yaml_parser_t& parser) {
    std::string message = "invalid YAML: ";
    message += parser.problem != nullptr ? parser.problem : "out of memory";
    if (parser.context != nullptr && (parser.context_mark.line != parser.problem_mark.line ||
                                      parser.context_mark.column != parser.problem_mark.column)) {
        message += fmt::format(" ({} that starts at line {}, column {})", parser.context,
                               parser.context_mark.line + 1, parser.context_mark.column + 1);
    }
    return message;
}

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
    EventStream events(text);
    TreeBuilder builder(file_name, document.diagnostics);
    while (const yaml_event_t* event = events.next()) {
        if (!builder.handle(*event)) {
            return document;
        }
        if (event->type == YAML_STREAM_END_EVENT) {
            document.root = builder.take_root();
            return document;
        }
    }
    const Location at = error_location(events.parser(), text, file_name);
    const auto& hint = scan.hint;
    if (hint && std::pair(hint->location.line, hint->location.column) <= std::pair(at.line, at.column)) {
        document.diagnostics.push_back(std::move(*scan.hint)); // the cause, where it is
    } else {
        document.diagnostics.push_back({Severity::error, at, error_message(events.parser())});
    }
    return document;
}

} // namespace readiness::io
