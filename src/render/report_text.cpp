#include "readiness/summary.hpp"

#include "anonymity_notice.hpp"
#include "ansi_style.hpp"
#include "executive_summary.hpp"
#include "report_formats.hpp"
#include "report_text_heatmap.hpp"
#include "report_text_parts.hpp"
#include "roadmap_view.hpp"
#include "text_fit.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render {

namespace {

constexpr std::size_t k_width = 100;
constexpr std::size_t k_max_id = 36;

// User text on one line, safe for a terminal.
std::string flat(std::string_view text) {
    return printable(text, false);
}

std::string respondent_of(const Report& report, const AnswerRemark& remark) {
    return flat(remark_author(report, remark)) + " (" + flat(remark_department(report, remark)) + ")";
}

class TextReport {
public:
    TextReport(const Report& report, const Checklist& checklist, const RenderOptions& options)
        : m_report(report), m_checklist(checklist), m_options(options) {}

    std::string render() {
        summary();
        section("Heatmap: scores 0–100 by department and dimension");
        m_out += text_heatmap(m_report, m_checklist, m_options.color, k_width);
        comparisons();
        blockers();
        top_gaps();
        roadmap();
        disagreements();
        evidence();
        coverage();
        remarks("Notes", m_report.notes);
        remarks("Free-text answers", m_report.text_answers);
        method();
        return trim_line_ends(m_out);
    }

private:
    void section(std::string_view heading) { m_out += "\n" + bold(heading, m_options.color) + "\n"; }

    void line(std::size_t indent, std::string_view text) {
        m_out += indent_wrap(text, k_width, indent) + "\n";
    }

    std::string level_text(const Score& score) const {
        const std::string text = score.value ? score_text(score) + " " + flat(score.level_label) : "no score";
        return tint_level(text, m_checklist, score.level, m_options.color);
    }

    void summary() {
        m_out += bold(flat(report_title(m_report, m_options.handover)), m_options.color) + "\n";
        m_out += flat(report_facts(m_report)) + "\n";
        if (const std::string facts = handover_facts(m_options.handover); !facts.empty()) {
            m_out += flat(facts) + "\n";
        }
        m_out += "\n";
        if (const auto notice = anonymity_notice(m_report, m_checklist); !notice.empty()) {
            m_out += indent_wrap(flat(notice), k_width, 0) + "\n\n";
        }
        m_out += bold("Overall ", m_options.color) + level_text(m_report.overall) +
                 fmt::format(" · coverage {} ({} of {} applicable pairs answered)\n",
                             percent_text(m_report.answered_pairs, m_report.applicable_pairs),
                             m_report.answered_pairs, m_report.applicable_pairs);
        std::vector<std::string> groups;
        for (const auto& group : m_report.groups) {
            groups.push_back(flat(group.name) + " " + level_text(group.score));
        }
        if (!groups.empty()) {
            m_out += "  " + fmt::format("{}", fmt::join(groups, " · ")) + "\n";
        }
        executive_summary();
    }

    void executive_summary() {
        const SummaryText text =
            summary_text(m_report, m_checklist, summarise(m_report, m_checklist), m_options.handover);
        section("Executive summary");
        line(2, flat(text.headline));
        m_out += "\n";
        for (const auto& finding : text.findings) {
            m_out += hanging_wrap("- " + flat(finding), k_width, 2, 4) + "\n";
        }
        if (!text.first_actions.empty()) {
            m_out += "\n  First actions\n";
            for (std::size_t i = 0; i < text.first_actions.size(); ++i) {
                const auto& action = text.first_actions[i];
                m_out += hanging_wrap(fmt::format("{}. {} ({}): {}", i + 1, flat(action.action),
                                                  phase_name(action.phase), flat(action.departments)),
                                      k_width, 4, 7) +
                         "\n";
            }
        }
    }

    // The charts' figures: each dimension against its target, and leadership against the front line
    // (departments against each other are the heatmap).
    void comparisons() {
        section("Current, target and perception by dimension");
        const auto perceptions = perception_by_dimension(m_report, m_checklist);
        const bool perception = std::any_of(perceptions.begin(), perceptions.end(),
                                            [](const Perception& p) { return p.difference().has_value(); });
        std::size_t name_width = 9;
        for (const auto& dimension : m_report.dimensions) {
            name_width = std::max(name_width, display_width(flat(dimension.name)));
        }
        name_width = std::min(name_width, k_max_id);
        m_out += "  " + pad_right("Dimension", name_width) + "  Current   Target" +
                 (perception ? "  Leadership  Front line" : "") + "\n";
        for (std::size_t i = 0; i < m_report.dimensions.size(); ++i) {
            std::string text = "  " + pad_right(flat(m_report.dimensions[i].name), name_width) +
                               fmt::format("  {:>7}  {:>7}", score_text(m_report.dimensions[i].score.value),
                                           score_text(m_report.dimensions[i].target));
            if (perception) {
                text += fmt::format("  {:>10}  {:>10}", score_text(perceptions[i].leadership),
                                    score_text(perceptions[i].front_line));
            }
            m_out += text + "\n";
        }
    }

    void blockers() {
        const auto blocked = blocked_questions(m_report);
        section(blocked.empty() ? "Blockers" : blockers_heading(blocked.size()));
        if (blocked.empty()) {
            const std::string folded = folded_blockers_text(m_report);
            line(2, folded.empty() ? "None: every critical question has a score at or above its threshold."
                                   : folded);
        }
        for (const auto& question : blocked) {
            std::vector<std::string> departments;
            for (const Blocker* blocker : question.blockers) {
                departments.push_back(flat(department_name(m_checklist, blocker->department)) + " " +
                                      blocker_state_text(m_report, *blocker));
            }
            const std::string id = flat(question.question);
            const std::string wrapped =
                hanging_wrap(fmt::format("{} (threshold {}): {}", id, pair_score_text(question.threshold),
                                         fmt::join(departments, ", ")),
                             k_width, 2, 6);
            // The id leads the first line, which no wrapping splits: tint it there.
            m_out += "  " + tint(id, Tint::red, m_options.color) + wrapped.substr(2 + id.size()) + "\n";
            line(4, flat(question_text(m_checklist, question.question)));
        }
    }

    void top_gaps() {
        if (m_options.top_gaps == 0) {
            return;
        }
        const std::size_t shown = std::min(m_options.top_gaps, m_report.gaps.size());
        section(shown < m_report.gaps.size() ? fmt::format("Top gaps: {} of {}", shown, m_report.gaps.size())
                                             : std::string("Top gaps"));
        if (m_report.gaps.empty()) {
            line(2, "None: every question meets its target.");
        }
        for (std::size_t i = 0; i < shown; ++i) {
            const Gap& gap = m_report.gaps[i];
            m_out += fmt::format("{:>4}. {} · priority {} · {}{}\n", i + 1, flat(gap.question),
                                 one_decimal(gap.priority), phase_name(gap.phase),
                                 gap.blocker ? " · blocker" : "");
            line(6, flat(question_text(m_checklist, gap.question)));
            line(6, "Departments: " + flat(gap_departments(gap, m_checklist, m_report)));
            if (!gap.advice.empty()) {
                line(6, "Advice: " + printable(gap.advice, true));
            }
        }
    }

    void roadmap() {
        section("Roadmap");
        if (m_report.gaps.empty()) {
            line(2, "Nothing to do: no gaps.");
            return;
        }
        line(2, "Rule: " + flat(m_report.roadmap_rule));
        if (const std::string cap = now_cap_text(m_report); !cap.empty()) {
            line(2, cap);
        }
        for (const auto& phase : roadmap_view(m_report, m_checklist)) {
            m_out +=
                fmt::format("\n  {} ({})\n", bold(phase_name(phase.phase), m_options.color), phase.actions);
            for (const auto& group : phase.groups) {
                m_out += "    " + flat(group.dimension) + "\n";
                for (const auto& item : group.items) {
                    const Gap& gap = *item.gap;
                    const std::string marker = fmt::format("{}. ", item.number);
                    const std::size_t hang = 6 + marker.size();
                    m_out += hanging_wrap(marker + flat(gap.action) + (gap.blocker ? " · blocker" : ""),
                                          k_width, 6, hang) +
                             "\n";
                    line(hang, fmt::format("{} effort · impact {} · {}",
                                           item.question ? to_string(item.question->effort) : "medium",
                                           one_decimal(gap.priority),
                                           flat(gap_department_names(gap, m_checklist))));
                }
            }
        }
    }

    void disagreements() {
        section(fmt::format("Disagreements: answers {} or more apart", pair_score_text(k_disagreement)));
        std::vector<std::string> within;
        std::vector<std::string> across;
        for (const auto& d : m_report.disagreements) {
            if (d.kind == DisagreementKind::within_department) {
                within.push_back(fmt::format(
                    "{}: {} {} vs {} {} on {}", flat(d.department), flat(lower_respondent(m_report, d)),
                    pair_score_text(d.low_score), flat(higher_respondent(m_report, d)),
                    pair_score_text(d.high_score), flat(d.question)));
            } else {
                across.push_back(fmt::format("{}: {} {} vs {} {}", flat(d.question), flat(d.high),
                                             pair_score_text(d.high_score), flat(d.low),
                                             pair_score_text(d.low_score)));
            }
        }
        if (within.empty() && across.empty()) {
            line(2, "None.");
        }
        for (const auto& [heading, items] :
             {std::pair{"Within departments", &within}, std::pair{"Across departments", &across}}) {
            if (items->empty()) {
                continue;
            }
            m_out += fmt::format("  {} ({})\n", heading, items->size());
            for (const auto& item : *items) {
                line(4, item);
            }
        }
    }

    void evidence() {
        if (m_report.evidence_conflicts.empty()) {
            return;
        }
        section("Evidence findings: answers the organisation's own files contradict");
        for (const auto& conflict : m_report.evidence_conflicts) {
            std::vector<std::string> reasons;
            for (const auto& reason : conflict.reasons) {
                reasons.push_back(flat(reason));
            }
            line(2, fmt::format("{} in {}: answered {}; the evidence says {}: {}", flat(conflict.question),
                                flat(conflict.department), pair_score_text(conflict.answered_score),
                                pair_score_text(conflict.evidence_score), fmt::join(reasons, "; ")));
        }
    }

    void coverage() {
        section("Coverage");
        line(2, fmt::format("{} of {} applicable (question, department) pairs answered: {}",
                            m_report.answered_pairs, m_report.applicable_pairs,
                            percent_text(m_report.answered_pairs, m_report.applicable_pairs)));
        std::size_t name_width = 0;
        for (const auto& department : m_report.departments) {
            name_width = std::max(name_width, display_width(flat(department.name)));
        }
        name_width = std::min(name_width, k_max_id);
        for (const auto& department : m_report.departments) {
            m_out += "    " + pad_right(shorten(flat(department.name), name_width), name_width) +
                     fmt::format("  {:<14}  {:>4} of {:<4} {:>6}\n",
                                 count_of(department.respondents, "respondent", "respondents"),
                                 department.answered_pairs, department.applicable_pairs,
                                 percent_text(department.answered_pairs, department.applicable_pairs));
        }
        if (m_report.evidence_used) {
            line(2, fmt::format("Evidence: {} scored from the organisation's files.",
                                count_of(m_report.evidence.size(), "question", "questions")));
        }
        if (!m_report.not_applicable.empty()) {
            m_out += fmt::format("  Answered n/a ({})\n", m_report.not_applicable.size());
            for (const auto& remark : m_report.not_applicable) {
                line(4, flat(remark.question) + ": " + respondent_of(m_report, remark));
            }
        }
    }

    void remarks(std::string_view heading, const std::vector<AnswerRemark>& items) {
        if (items.empty()) {
            return;
        }
        section(fmt::format("{} ({})", heading, items.size()));
        for (const auto& remark : items) {
            m_out += "  " + flat(remark.question) + " · " + respondent_of(m_report, remark) + "\n";
            line(4, printable(remark.text, true));
        }
    }

    void method() {
        const ScoringMethod how = scoring_method(m_report);
        section("How this was scored");
        for (const auto& paragraph : how.before_formula) {
            line(2, paragraph);
        }
        line(4, how.formula);
        for (const auto& paragraph : how.after_formula) {
            line(2, paragraph);
        }
    }

    const Report& m_report;
    const Checklist& m_checklist;
    const RenderOptions& m_options;
    std::string m_out;
};

} // namespace

std::string render_text(const Report& report, const Checklist& checklist, const RenderOptions& options) {
    return TextReport(report, checklist, options).render();
}

} // namespace readiness::render
