#include "explain_text.hpp"

#include "readiness/conditions.hpp"
#include "readiness/diagnostic.hpp"

#include "text_layout.hpp"

#include <fmt/format.h>

#include <string_view>
#include <vector>

namespace readiness::render {

namespace {

constexpr std::size_t k_width = 100;
constexpr std::size_t k_label_width = 14;

std::string field(std::string_view label, std::string_view value) {
    return fmt::format("  {}{}\n", pad_right(label, k_label_width), wrap(value, k_width, k_label_width + 2));
}

std::string quoted_list(const std::vector<std::string>& items) {
    std::vector<std::string> quoted;
    for (const auto& item : items) {
        quoted.push_back(fmt::format("\"{}\"", item));
    }
    return fmt::format("{}", fmt::join(quoted, ", "));
}

std::string describe_rule(const EvidenceRule& rule) {
    switch (rule.kind) {
    case EvidenceKind::contains:
        return fmt::format("{} mentions {}", rule.file, quoted_list(rule.phrases));
    case EvidenceKind::headings:
        return fmt::format("{} has the headings {}", rule.file, quoted_list(rule.phrases));
    case EvidenceKind::key:
        return fmt::format("{} has the key {}", rule.file, rule.key);
    }
    return {};
}

std::string describe_answers(const Question& q) {
    switch (q.type) {
    case QuestionType::text:
        return "free text, kept and shown, never scored";
    case QuestionType::number: {
        std::string range;
        if (q.min || q.max) {
            range = fmt::format(", from {} to {}", q.min ? format_number(*q.min) : "any",
                                q.max ? format_number(*q.max) : "any");
        }
        return fmt::format("a number{}{}", q.unit.empty() ? "" : " in " + q.unit, range);
    }
    case QuestionType::choice:
    case QuestionType::multi: {
        std::string how =
            q.type == QuestionType::choice ? "one option" : "any options (the scores add up, to at most 1)";
        return q.scale.empty() ? how : fmt::format("{}, scale {}", how, q.scale);
    }
    }
    return {};
}

} // namespace

std::string render_explain_text(const Checklist& c, const Question& q) {
    const Dimension* dimension = c.find_dimension(q.dimension);
    const Group* group = dimension ? c.find_group(dimension->group) : nullptr;
    std::string out = fmt::format("{}  ({}{})\n", q.id, dimension ? dimension->name : q.dimension,
                                  group ? " · " + group->name : "");
    out += wrap(q.text, k_width, 0) + "\n\n";
    out += field("answers", describe_answers(q));
    if (q.type == QuestionType::choice || q.type == QuestionType::multi) {
        std::size_t number = 1;
        for (const auto& option : c.options_of(q)) {
            out +=
                field(number == 1 ? "options" : "", fmt::format("{}. {} ({}) scores {}", number, option.label,
                                                                option.value, format_number(option.score)));
            ++number;
        }
    }
    if (q.type == QuestionType::number) {
        for (std::size_t i = 0; i < q.bands.size(); ++i) {
            const Band& band = q.bands[i];
            std::string range = "any value";
            if (band.max) {
                range = fmt::format("up to {}", format_number(*band.max));
            } else if (i > 0 && q.bands[i - 1].max) {
                range = fmt::format("above {}", format_number(*q.bands[i - 1].max));
            }
            const std::string unit = q.unit.empty() ? "" : " " + q.unit;
            out += field(i == 0 ? "bands" : "",
                         fmt::format("{}{} scores {}", range, unit, format_number(band.score)));
        }
    }
    out += field("departments", q.departments.empty() ? std::string("all")
                                                      : fmt::format("{}", fmt::join(q.departments, ", ")));
    out += field("weight", format_number(q.weight));
    out += field("effort", to_string(q.effort));
    if (q.is_scored()) {
        out += field("target", format_number(q.target));
        out += field("critical",
                     q.critical ? fmt::format("yes: a blocker below {}", format_number(*q.critical)) : "no");
    }
    if (q.when) {
        out += field("asked when", describe(*q.when));
    }
    if (!q.help.empty()) {
        out += "\nHelp\n  " + wrap(q.help, k_width, 2) + "\n";
    }
    if (!q.action.empty() || !q.actions.empty()) {
        out += "\nAction (on the roadmap)\n";
        if (!q.action.empty()) {
            out += "  " + wrap(q.action, k_width, 2) + "\n";
        }
        for (const auto& [value, action] : q.actions) {
            out += "  " + wrap(fmt::format("If \"{}\": {}", value, action), k_width, 4) + "\n";
        }
    }
    if (!q.recommendation.empty() || !q.recommendations.empty()) {
        out += "\nRecommendation\n";
        if (!q.recommendation.empty()) {
            out += "  " + wrap(q.recommendation, k_width, 2) + "\n";
        }
        for (const auto& [value, advice] : q.recommendations) {
            out += "  " + wrap(fmt::format("If \"{}\": {}", value, advice), k_width, 4) + "\n";
        }
    }
    if (!q.evidence.empty()) {
        out += "\nEvidence (scored with --evidence DIR)\n";
        for (const auto& rule : q.evidence) {
            out += "  - " + wrap(describe_rule(rule), k_width, 4) + "\n";
        }
    }
    if (!q.references.empty()) {
        out += "\nReferences\n";
        for (const auto& reference : q.references) {
            out += "  - " + wrap(reference, k_width, 4) + "\n";
        }
    }
    out += fmt::format("\nDefined at {}\n", format_location(q.source.self));
    return out;
}

} // namespace readiness::render
