#include "readiness/anonymity.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>
#include <utility>

namespace readiness {

namespace {

bool word_byte(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || std::isalnum(byte) != 0;
}

// The words of `text`: runs of letters, digits and non-ASCII bytes.
template <class Each>
void for_each_word(std::string_view text, Each each) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (!word_byte(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && word_byte(text[end])) {
            ++end;
        }
        each(i, text.substr(i, end - i));
        i = end;
    }
}

std::unordered_set<std::string> name_words(const std::vector<std::string>& names) {
    std::unordered_set<std::string> words;
    for (const auto& name : names) {
        for_each_word(name, [&](std::size_t, std::string_view word) {
            if (word.size() >= 2) {
                words.emplace(word);
            }
        });
    }
    return words;
}

std::string redact(std::string_view text, const std::unordered_set<std::string>& words) {
    std::string out;
    std::size_t copied = 0;
    for_each_word(text, [&](std::size_t at, std::string_view word) {
        if (!words.contains(std::string(word))) {
            return;
        }
        const std::string_view between = text.substr(copied, at - copied);
        const bool follows_name = copied > 0 && out.ends_with(k_redacted_name);
        if (follows_name && (between == " " || between.empty())) {
            copied = at + word.size(); // "Dana Smith" is one name
            return;
        }
        out += between;
        out += k_redacted_name;
        copied = at + word.size();
    });
    out += text.substr(copied);
    return out;
}

class Anonymiser {
public:
    Anonymiser(Report& report, const Checklist& checklist, const AnonymityOptions& options)
        : m_report(report), m_checklist(checklist), m_options(options) {}

    void run() {
        m_report.anonymity = {true, m_options.min_group, {}};
        for (const auto& department : m_report.departments) {
            if (department.respondents > 0 && department.respondents < m_options.min_group) {
                m_report.anonymity.folded_departments.push_back(department.id);
                m_folded.insert(department.id);
            }
        }
        remember_respondents();
        fold_departments();
        for (auto& pair : m_report.pairs) {
            pair.source = {};
        }
        for (auto& d : m_report.disagreements) {
            if (d.kind == DisagreementKind::within_department) {
                d.low.clear();
                d.high.clear();
            }
        }
        const auto words = name_words(m_names);
        for (auto* remarks : {&m_report.not_applicable, &m_report.notes, &m_report.text_answers}) {
            for (auto& remark : *remarks) {
                attribute(remark);
                remark.text = redact(remark.text, words);
            }
            reorder(*remarks);
        }
        m_report.respondents = RespondentList{};
    }

private:
    bool folded(std::string_view department) const { return m_folded.contains(department); }

    void remember_respondents() {
        std::map<std::pair<std::string, std::string>, std::size_t> sharing; // (department, role) → count
        for (std::size_t i = 0; i < m_report.respondents.size(); ++i) {
            const auto r = m_report.respondents.view(i);
            m_names.emplace_back(r.name);
            m_roles.try_emplace({std::string(r.name), std::string(r.department)}, r.role);
            if (!r.role.empty()) {
                ++sharing[{std::string(r.department), std::string(r.role)}];
            }
        }
        const std::size_t enough = std::max<std::size_t>(2, m_options.min_group);
        for (const auto& [key, count] : sharing) {
            if (count >= enough) {
                m_shared_roles.insert(key);
            }
        }
    }

    // The remark without its respondent: the department unless folded, the role when enough share it.
    void attribute(AnswerRemark& remark) const {
        remark.role.clear();
        if (folded(remark.department)) {
            remark.department.clear();
        } else if (const auto role = m_roles.find({remark.respondent, remark.department});
                   role != m_roles.end() && m_shared_roles.contains({remark.department, role->second})) {
            remark.role = role->second;
        }
        remark.respondent.clear();
    }

    // Checklist order of questions; within one, departments by id (folded last), then the text: never the
    // order the respondents came in.
    void reorder(std::vector<AnswerRemark>& remarks) const {
        const auto order = [this](const AnswerRemark& r) {
            return std::make_tuple(
                m_checklist.question_index(r.question).value_or(m_checklist.questions.size()),
                r.department.empty(), std::cref(r.department), std::cref(r.text));
        };
        std::stable_sort(remarks.begin(), remarks.end(),
                         [&](const AnswerRemark& a, const AnswerRemark& b) { return order(a) < order(b); });
    }

    void fold_departments() {
        if (m_folded.empty()) {
            return;
        }
        const auto by_department = [this](const auto& item) { return folded(item.department); };
        std::erase_if(m_report.departments, [this](const DepartmentResult& d) { return folded(d.id); });
        std::erase_if(m_report.cells, by_department);
        std::erase_if(m_report.pairs, by_department);
        m_report.anonymity.folded_blockers = std::erase_if(m_report.blockers, by_department);
        std::erase_if(m_report.evidence_conflicts, by_department);
        for (auto& gap : m_report.gaps) {
            std::erase_if(gap.departments, by_department);
        }
        std::erase_if(m_report.disagreements, [this](const Disagreement& d) {
            return folded(d.department) ||
                   (d.kind == DisagreementKind::across_departments && (folded(d.low) || folded(d.high)));
        });
    }

    Report& m_report;
    const Checklist& m_checklist;
    AnonymityOptions m_options;
    std::set<std::string, std::less<>> m_folded;
    std::vector<std::string> m_names;
    std::map<std::pair<std::string, std::string>, std::string> m_roles; // (name, department) → role
    std::set<std::pair<std::string, std::string>> m_shared_roles;       // (department, role)
};

} // namespace

std::string redact_names(std::string_view text, const std::vector<std::string>& names) {
    return redact(text, name_words(names));
}

void anonymise(Report& report, const Checklist& checklist, const AnonymityOptions& options) {
    Anonymiser(report, checklist, options).run();
}

} // namespace readiness
