#include "readiness/summary.hpp"

#include "anonymity_notice.hpp"
#include "executive_summary.hpp"
#include "markdown_escape.hpp"
#include "report_formats.hpp"
#include "report_markdown_heatmap.hpp"
#include "report_text_parts.hpp"
#include "roadmap_view.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render {

namespace {

using markdown::code;
using markdown::escape;

std::string row(const std::vector<std::string>& cells) {
    return fmt::format("| {} |\n", fmt::join(cells, " | "));
}

std::string respondent_of(const Report& report, const AnswerRemark& remark) {
    const std::string department = remark_department(report, remark);
    return escape(remark_author(report, remark)) + " (" +
           (department == remark.department ? code(department) : escape(department)) + ")";
}

class MarkdownReport {
public:
    MarkdownReport(const Report& report, const Checklist& checklist, const RenderOptions& options)
        : m_report(report), m_checklist(checklist), m_options(options) {}

    std::string render() {
        summary();
        section("Heatmap");
        m_out += markdown_heatmap(m_report, m_checklist);
        comparisons();
        blockers();
        top_gaps();
        roadmap();
        disagreements();
        evidence();
        coverage();
        remarks("Notes", "Note", m_report.notes);
        remarks("Free-text answers", "Answer", m_report.text_answers);
        method();
        return m_out;
    }

private:
    void section(std::string_view heading) { m_out += fmt::format("\n## {}\n\n", heading); }

    void paragraph(std::string_view text) { m_out += std::string(text) + "\n"; }

    std::string question_cell(std::string_view id) const {
        return code(id) + " " + escape(question_text(m_checklist, id));
    }

    void summary() {
        m_out += "# " + escape(report_title(m_report, m_options.handover)) + "\n\n";
        m_out += escape(report_facts(m_report)) + "\n\n";
        if (const std::string facts = handover_facts(m_options.handover); !facts.empty()) {
            m_out += escape(facts) + "\n\n";
        }
        if (const auto notice = anonymity_notice(m_report, m_checklist); !notice.empty()) {
            m_out += "> " + escape(notice) + "\n\n";
        }
        m_out += fmt::format("**Overall: {}** · coverage {} ({} of {} applicable pairs answered)\n",
                             level_marker(m_report.overall, m_checklist),
                             percent_text(m_report.answered_pairs, m_report.applicable_pairs),
                             m_report.answered_pairs, m_report.applicable_pairs);
        std::vector<std::string> groups;
        for (const auto& group : m_report.groups) {
            groups.push_back(escape(group.name) + " " + level_marker(group.score, m_checklist));
        }
        if (!groups.empty()) {
            m_out += "\n" + fmt::format("{}", fmt::join(groups, " · ")) + "\n";
        }
        executive_summary();
    }

    void executive_summary() {
        const SummaryText text =
            summary_text(m_report, m_checklist, summarise(m_report, m_checklist), m_options.handover);
        section("Executive summary");
        paragraph(escape(text.headline));
        m_out += "\n**Key findings**\n\n";
        for (const auto& finding : text.findings) {
            m_out += "- " + escape(finding) + "\n";
        }
        if (!text.first_actions.empty()) {
            m_out += "\n**First actions**\n\n";
            for (std::size_t i = 0; i < text.first_actions.size(); ++i) {
                const auto& action = text.first_actions[i];
                m_out += fmt::format("{}. **{}** ({}): {}\n", i + 1, escape(action.action),
                                     phase_name(action.phase), escape(action.departments));
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
        std::vector<std::string> header{"Dimension", "Current", "Target"};
        std::vector<std::string> align{"---", "---:", "---:"};
        if (perception) {
            header.insert(header.end(), {"Leadership", "Front line"});
            align.insert(align.end(), {"---:", "---:"});
        }
        m_out += row(header) + row(align);
        for (std::size_t i = 0; i < m_report.dimensions.size(); ++i) {
            const DimensionResult& dimension = m_report.dimensions[i];
            std::vector<std::string> cells{escape(dimension.name), score_text(dimension.score.value),
                                           score_text(dimension.target)};
            if (perception) {
                cells.push_back(score_text(perceptions[i].leadership));
                cells.push_back(score_text(perceptions[i].front_line));
            }
            m_out += row(cells);
        }
        if (perception) {
            paragraph("\nLeadership: the departments the checklist marks as leadership; the front line: "
                      "every other "
                      "department, over the questions both answered.");
        }
    }

    void blockers() {
        const auto blocked = blocked_questions(m_report);
        section(blocked.empty() ? "Blockers" : blockers_heading(blocked.size()));
        if (blocked.empty()) {
            const std::string folded = folded_blockers_text(m_report);
            paragraph(folded.empty() ? "None: every critical question has a score at or above its threshold."
                                     : folded);
            return;
        }
        m_out += row({"Question", "Held back", "Threshold"}) + row({"---", "---", "---:"});
        for (const auto& question : blocked) {
            std::vector<std::string> departments;
            for (const Blocker* blocker : question.blockers) {
                departments.push_back(escape(department_name(m_checklist, blocker->department)) + " " +
                                      escape(blocker_state_text(m_report, *blocker)));
            }
            m_out += row({question_cell(question.question), fmt::format("{}", fmt::join(departments, ", ")),
                          pair_score_text(question.threshold)});
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
            paragraph("None: every question meets its target.");
        }
        for (std::size_t i = 0; i < shown; ++i) {
            const Gap& gap = m_report.gaps[i];
            const std::string marker = fmt::format("{}. ", i + 1);
            const std::string indent(marker.size(), ' ');
            m_out += fmt::format("{}**{}** {}<br>\n", marker, code(gap.question),
                                 escape(question_text(m_checklist, gap.question)));
            m_out += fmt::format("{}Priority {} · {}{}<br>\n", indent, one_decimal(gap.priority),
                                 phase_name(gap.phase), gap.blocker ? " · blocker" : "");
            m_out +=
                fmt::format("{}Departments: {}", indent, escape(gap_departments(gap, m_checklist, m_report)));
            m_out +=
                gap.advice.empty() ? "\n" : fmt::format("<br>\n{}Advice: {}\n", indent, escape(gap.advice));
        }
    }

    void roadmap() {
        section("Roadmap");
        if (m_report.gaps.empty()) {
            paragraph("Nothing to do: no gaps.");
            return;
        }
        paragraph("**Rule:** " + escape(m_report.roadmap_rule));
        if (const std::string cap = now_cap_text(m_report); !cap.empty()) {
            paragraph("\n" + escape(cap));
        }
        for (const auto& phase : roadmap_view(m_report, m_checklist)) {
            m_out += fmt::format("\n### {} ({})\n", phase_name(phase.phase), phase.actions);
            for (const auto& group : phase.groups) {
                m_out += fmt::format("\n#### {}\n\n", escape(group.dimension));
                for (const auto& item : group.items) {
                    const Gap& gap = *item.gap;
                    const std::string marker = fmt::format("{}. ", item.number);
                    const std::string indent(marker.size(), ' ');
                    m_out += fmt::format("{}**{}**{}<br>\n{}{} effort · impact {} · {}", marker,
                                         escape(gap.action), gap.blocker ? " · blocker" : "", indent,
                                         item.question ? to_string(item.question->effort) : "medium",
                                         one_decimal(gap.priority),
                                         escape(gap_department_names(gap, m_checklist)));
                    m_out +=
                        gap.advice.empty() ? "\n" : fmt::format("<br>\n{}{}\n", indent, escape(gap.advice));
                }
            }
        }
    }

    void disagreements() {
        section("Disagreements");
        paragraph(fmt::format("Answers {} or more apart.", pair_score_text(k_disagreement)));
        std::string within;
        std::string across;
        std::size_t within_count = 0;
        std::size_t across_count = 0;
        for (const auto& d : m_report.disagreements) {
            if (d.kind == DisagreementKind::within_department) {
                ++within_count;
                within += row({code(d.department), code(d.question),
                               escape(lower_respondent(m_report, d)) + " " + pair_score_text(d.low_score),
                               escape(higher_respondent(m_report, d)) + " " + pair_score_text(d.high_score)});
            } else {
                ++across_count;
                across += row({code(d.question), code(d.high) + " " + pair_score_text(d.high_score),
                               code(d.low) + " " + pair_score_text(d.low_score)});
            }
        }
        if (within_count > 0) {
            m_out += fmt::format("\n### Within departments ({})\n\n", within_count);
            m_out += row({"Department", "Question", "Lower", "Higher"}) + row({"---", "---", "---", "---"}) +
                     within;
        }
        if (across_count > 0) {
            m_out += fmt::format("\n### Across departments ({})\n\n", across_count);
            m_out += row({"Question", "Higher", "Lower"}) + row({"---", "---", "---"}) + across;
        }
        if (within_count + across_count == 0) {
            paragraph("\nNone.");
        }
    }

    void evidence() {
        if (m_report.evidence_conflicts.empty()) {
            return;
        }
        section("Evidence findings");
        paragraph("Answers the organisation's own files contradict.\n");
        m_out += row({"Question", "Department", "Answered", "Evidence", "Why"}) +
                 row({"---", "---", "---:", "---:", "---"});
        for (const auto& conflict : m_report.evidence_conflicts) {
            std::vector<std::string> reasons;
            for (const auto& reason : conflict.reasons) {
                reasons.push_back(escape(reason));
            }
            m_out += row({code(conflict.question), code(conflict.department),
                          pair_score_text(conflict.answered_score), pair_score_text(conflict.evidence_score),
                          fmt::format("{}", fmt::join(reasons, "; "))});
        }
    }

    void coverage() {
        section("Coverage");
        paragraph(fmt::format("{} of {} applicable (question, department) pairs answered: {}.\n",
                              m_report.answered_pairs, m_report.applicable_pairs,
                              percent_text(m_report.answered_pairs, m_report.applicable_pairs)));
        m_out += row({"Department", "Respondents", "Answered", "Applicable", "Coverage"}) +
                 row({"---", "---:", "---:", "---:", "---:"});
        for (const auto& department : m_report.departments) {
            m_out +=
                row({escape(department.name), std::to_string(department.respondents),
                     std::to_string(department.answered_pairs), std::to_string(department.applicable_pairs),
                     percent_text(department.answered_pairs, department.applicable_pairs)});
        }
        if (m_report.evidence_used) {
            paragraph(fmt::format("\nEvidence: {} scored from the organisation's files.",
                                  count_of(m_report.evidence.size(), "question", "questions")));
        }
        if (!m_report.not_applicable.empty()) {
            m_out += fmt::format("\n### Answered n/a ({})\n\n", m_report.not_applicable.size());
            m_out += row({"Question", "Respondent"}) + row({"---", "---"});
            for (const auto& remark : m_report.not_applicable) {
                m_out += row({code(remark.question), respondent_of(m_report, remark)});
            }
        }
    }

    void remarks(std::string_view heading, std::string_view column, const std::vector<AnswerRemark>& items) {
        if (items.empty()) {
            return;
        }
        section(fmt::format("{} ({})", heading, items.size()));
        m_out += row({"Question", "Respondent", std::string(column)}) + row({"---", "---", "---"});
        for (const auto& remark : items) {
            m_out += row({code(remark.question), respondent_of(m_report, remark), escape(remark.text)});
        }
    }

    void method() {
        const ScoringMethod how = scoring_method(m_report);
        section("How this was scored");
        for (const auto& text : how.before_formula) {
            paragraph(escape(text) + "\n");
        }
        paragraph("`" + how.formula + "`\n");
        for (const auto& text : how.after_formula) {
            paragraph(escape(text) + "\n");
        }
    }

    const Report& m_report;
    const Checklist& m_checklist;
    const RenderOptions& m_options;
    std::string m_out;
};

} // namespace

std::string render_markdown(const Report& report, const Checklist& checklist, const RenderOptions& options) {
    return MarkdownReport(report, checklist, options).render();
}

} // namespace readiness::render
