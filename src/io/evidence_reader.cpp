#include "evidence_reader.hpp"

#include "readiness/validation.hpp"

#include "evidence_files.hpp"
#include "glob_match.hpp"
#include "object_reader.hpp"
#include "yaml_path.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <system_error>

namespace readiness::io {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    return first == std::string_view::npos ? std::string_view{}
                                           : text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
}

// `"a"`, `"a" and "b"`, `"a", "b" and "c"` (or "or").
std::string quoted_list(const std::vector<std::string>& items, std::string_view conjunction) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            text += i + 1 == items.size() ? fmt::format(" {} ", conjunction) : ", ";
        }
        text += fmt::format("\"{}\"", trimmed(items[i]));
    }
    return text;
}

std::string joined(const std::vector<std::string>& items) {
    return fmt::format("{}", fmt::join(items, ", "));
}

// Where each wanted phrase or heading was first found: a file (index into the matched files) and a line.
struct Hit {
    std::size_t file = 0;
    int line = 0;
};

class RuleEvaluator {
public:
    RuleEvaluator(EvidenceFiles& files, Diagnostics& diagnostics)
        : m_files(files), m_diagnostics(diagnostics) {}

    RuleOutcome evaluate(const Question& question, const EvidenceRule& rule) {
        RuleOutcome outcome;
        const Location& place = rule.source.at("file");
        if (!is_contained_path(rule.file)) {
            outcome.reason = fmt::format("evidence path '{}' leaves the evidence directory (no leading '/', "
                                         "no '..'); nothing was read",
                                         rule.file);
            outcome.location = place;
            m_diagnostics.push_back({Severity::warning, place, outcome.reason});
            return outcome;
        }
        if (rule.kind != EvidenceKind::key && rule.phrases.empty()) {
            const bool contains = rule.kind == EvidenceKind::contains;
            outcome.reason = contains ? "the rule lists no phrase to look for" : "the rule lists no heading";
            outcome.location = rule.source.at(contains ? "contains" : "headings");
            return outcome;
        }
        std::vector<std::string> matched = m_files.matching(rule.file);
        if (rule.kind == EvidenceKind::key) {
            std::erase_if(matched, [](const std::string& file) { return !is_yaml_or_json(file); });
        }
        if (matched.empty()) {
            outcome.reason =
                fmt::format("no {}file matches '{}' under {}",
                            rule.kind == EvidenceKind::key ? "YAML or JSON " : "", rule.file, m_files.root());
            outcome.location = place;
            return outcome;
        }
        for (const auto& file : matched) {
            const EvidenceText& text = m_files.text(file);
            if (!text.text) {
                outcome.reason = file + " " + text.refusal;
                outcome.location = text.location;
                return outcome;
            }
        }
        outcome.location = {m_files.display(matched.front()), 0, 0};
        switch (rule.kind) {
        case EvidenceKind::contains:
        case EvidenceKind::headings:
            find_phrases(rule, matched, outcome);
            break;
        case EvidenceKind::key:
            find_key(question, rule, matched, outcome);
            break;
        }
        return outcome;
    }

private:
    static bool outside_range(const Question& question, double value) {
        return (question.min && value < *question.min) || (question.max && value > *question.max);
    }

    // "0 to 168", "at least 0", "at most 10".
    static std::string range_text(const Question& question) {
        if (question.min && question.max) {
            return fmt::format("{} to {}", *question.min, *question.max);
        }
        return question.min ? fmt::format("at least {}", *question.min)
                            : fmt::format("at most {}", question.max.value_or(0));
    }

    static bool is_yaml_or_json(const std::string& file) {
        return file.ends_with(".yaml") || file.ends_with(".yml") || file.ends_with(".json");
    }

    std::optional<int> find_in(const EvidenceRule& rule, const std::string& file, const std::string& wanted) {
        if (rule.kind == EvidenceKind::contains) {
            return m_files.phrases(file).find(wanted);
        }
        const std::string key = heading_key(wanted);
        for (const auto& heading : m_files.headings(file)) {
            if (heading_key(heading.text) == key) {
                return heading.line;
            }
        }
        return std::nullopt;
    }

    void find_phrases(const EvidenceRule& rule, const std::vector<std::string>& matched,
                      RuleOutcome& outcome) {
        std::vector<std::optional<Hit>> hits;
        std::vector<std::string> missing;
        for (const auto& wanted : rule.phrases) {
            std::optional<Hit> hit;
            for (std::size_t i = 0; i < matched.size() && !hit; ++i) {
                if (const auto line = find_in(rule, matched[i], wanted)) {
                    hit = Hit{i, *line};
                }
            }
            if (!hit) {
                missing.push_back(wanted);
            }
            hits.push_back(hit);
        }
        const bool contains = rule.kind == EvidenceKind::contains;
        if (!missing.empty()) {
            const std::string what = quoted_list(missing, "or");
            const bool one = matched.size() == 1;
            const std::string subject = one ? matched.front() : "none of " + joined(matched);
            const char* verb = contains ? (one ? "does not mention" : "mentions")
                                        : (one ? "has no heading" : "has a heading");
            outcome.reason = fmt::format("{} {} {}", subject, verb, what);
            return;
        }
        outcome.passed = true;
        std::vector<std::string> parts;
        for (std::size_t i = 0; i < matched.size(); ++i) {
            std::vector<std::string> found;
            for (std::size_t k = 0; k < hits.size(); ++k) {
                if (hits[k]->file == i) {
                    found.push_back(rule.phrases[k]);
                }
            }
            if (!found.empty()) {
                const auto* verb = contains            ? "mentions"
                                   : found.size() == 1 ? "has the heading"
                                                       : "has the headings";
                parts.push_back(fmt::format("{} {} {}", matched[i], verb, quoted_list(found, "and")));
            }
        }
        outcome.reason = fmt::format("{}", fmt::join(parts, "; "));
        if (!hits.empty()) {
            outcome.location = {m_files.display(matched[hits.front()->file]), hits.front()->line, 0};
        }
    }

    void find_key(const Question& question, const EvidenceRule& rule, const std::vector<std::string>& matched,
                  RuleOutcome& outcome) {
        for (const auto& file : matched) {
            const YamlDocument& document = m_files.yaml(file);
            if (!document.diagnostics.empty()) {
                outcome.reason =
                    fmt::format("{} cannot be parsed: {}", file, document.diagnostics.front().message);
                outcome.location = document.diagnostics.front().location;
                return;
            }
        }
        std::string suggestion;
        for (const auto& file : matched) {
            const YamlDocument& document = m_files.yaml(file);
            std::string close;
            const auto match = document.root ? find_path(*document.root, rule.key, &close) : std::nullopt;
            if (suggestion.empty()) {
                suggestion = close;
            }
            if (match) {
                key_found(question, rule, file, *match, outcome);
                return;
            }
        }
        const std::string hint = suggestion.empty() ? "" : fmt::format(" (did you mean '{}'?)", suggestion);
        outcome.reason = matched.size() == 1
                             ? fmt::format("{} has no key '{}'{}", matched.front(), rule.key, hint)
                             : fmt::format("none of {} has the key '{}'{}", joined(matched), rule.key, hint);
    }

    void key_found(const Question& question, const EvidenceRule& rule, const std::string& file,
                   const YamlPathMatch& match, RuleOutcome& outcome) {
        const YamlNode& value = *match.value;
        outcome.location = match.location;
        outcome.value = parse_number(value);
        // The value is shown only when it is the answer (a number): any other value may be a secret.
        if (question.type == QuestionType::number && !outcome.value) {
            outcome.reason =
                fmt::format("{} has the key '{}', but its value is not a number", file, rule.key);
            return;
        }
        if (question.type == QuestionType::number && outside_range(question, *outcome.value)) {
            // Checked like an answer: a value the question cannot take is an input error, not a band.
            outcome.reason = fmt::format("{} sets '{}' to {}, outside {}'s range {}", file, rule.key,
                                         *outcome.value, question.id, range_text(question));
            m_diagnostics.push_back({Severity::error, match.location,
                                     fmt::format("'{}' is {}, outside the range of {} ({})", rule.key,
                                                 *outcome.value, question.id, range_text(question))});
            return;
        }
        outcome.passed = true;
        outcome.reason = question.type == QuestionType::number
                             ? fmt::format("{} sets '{}' to {}", file, rule.key, *outcome.value)
                             : fmt::format("{} has the key '{}'", file, rule.key);
    }

    EvidenceFiles& m_files;
    Diagnostics& m_diagnostics;
};

std::string root_name(const std::filesystem::path& dir) {
    std::string name = dir.generic_string();
    while (name.size() > 1 && name.back() == '/') {
        name.pop_back();
    }
    return name.empty() ? "." : name;
}

// How deep the listing must go for every rule's glob; nothing when one holds `**`.
std::optional<std::size_t> listing_depth(const Checklist& checklist) {
    std::size_t deepest = 0;
    for (const auto& question : checklist.questions) {
        for (const auto& rule : question.evidence) {
            const auto depth = glob_depth(rule.file);
            if (!depth) {
                return std::nullopt;
            }
            deepest = std::max(deepest, *depth);
        }
    }
    return deepest;
}

} // namespace

EvidenceResults read_evidence(const Checklist& checklist, const EvidenceFs& fs,
                              const std::filesystem::path& dir, Diagnostics& diagnostics) {
    EvidenceResults results;
    const bool any_rules = std::any_of(checklist.questions.begin(), checklist.questions.end(),
                                       [](const Question& q) { return !q.evidence.empty(); });
    if (!any_rules) {
        return results;
    }
    EvidenceFiles files(fs, root_name(dir), listing_depth(checklist), diagnostics);
    RuleEvaluator evaluator(files, diagnostics);
    for (const auto& question : checklist.questions) {
        if (question.evidence.empty()) {
            continue;
        }
        std::vector<RuleOutcome> outcomes;
        for (std::size_t i = 0; i < question.evidence.size(); ++i) {
            RuleOutcome outcome = evaluator.evaluate(question, question.evidence[i]);
            outcome.rule_index = i;
            outcomes.push_back(std::move(outcome));
        }
        results.emplace(question.id, score_evidence(question, std::move(outcomes)));
    }
    return results;
}

EvidenceResults read_evidence(const Checklist& checklist, const std::filesystem::path& dir,
                              Diagnostics& diagnostics) {
    std::error_code error;
    const auto status = std::filesystem::status(dir, error);
    if (!std::filesystem::exists(status)) {
        diagnostics.push_back(
            {Severity::error, {root_name(dir), 0, 0}, "the evidence directory does not exist"});
        return {};
    }
    if (!std::filesystem::is_directory(status)) {
        diagnostics.push_back(
            {Severity::error, {root_name(dir), 0, 0}, "the evidence path is not a directory"});
        return {};
    }
    const DiskEvidenceFs fs(dir);
    return read_evidence(checklist, fs, dir, diagnostics);
}

} // namespace readiness::io
