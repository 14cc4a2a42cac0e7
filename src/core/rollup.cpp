#include "rollup.hpp"

#include "readiness/scoring.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>

namespace readiness {

namespace {

struct Indexed {
    std::size_t q;
    std::size_t d;
    const PairResult* pair;
};

class Rollup {
public:
    Rollup(const RollupInput& input, Report& report) : m_in(input), m_c(input.checklist), m_report(report) {}

    void run() {
        m_report.checklist = m_c.id;
        m_report.checklist_title = m_c.title;
        m_report.checklist_version = m_c.version;
        m_report.options = m_in.options;
        m_report.levels = m_c.levels;
        m_report.evidence_used = m_in.evidence != nullptr;
        if (m_in.evidence) {
            m_report.evidence = *m_in.evidence;
        }
        m_report.respondent_count = m_report.respondents.size();
        m_report.roadmap_rule = std::string(roadmap_rule());
        build_pairs();
        scores();
        blockers_and_gaps();
        disagreements();
        evidence_conflicts();
    }

private:
    const EvidenceResult* evidence_for(const Question& q) const {
        if (!m_in.evidence || !q.is_scored()) {
            return nullptr;
        }
        const auto found = m_in.evidence->find(q.id);
        return found == m_in.evidence->end() ? nullptr : &found->second;
    }

    // The scored answers behind a pair: options in checklist order, numbers ascending, "other" last.
    std::vector<AnswerTally> answers_of(const Question& question, const PairAccumulator& acc) const {
        std::vector<TallyEntry> entries = acc.answers;
        const auto rank = [](const TallyEntry& t) {
            return t.is_number ? t.number : static_cast<double>(t.option);
        };
        std::stable_sort(entries.begin(), entries.end(),
                         [&](const TallyEntry& a, const TallyEntry& b) { return rank(a) < rank(b); });
        const auto options = m_c.options_of(question);
        std::vector<AnswerTally> answers;
        answers.reserve(entries.size() + 1);
        for (const auto& entry : entries) {
            answers.push_back(
                {entry.is_number ? fmt::format("{}", entry.number) : options[entry.option].value,
                 entry.count});
        }
        if (acc.other_answers > 0) {
            answers.push_back({std::string(k_other_answers), acc.other_answers});
        }
        return answers;
    }

    void build_pairs() {
        const std::size_t departments = m_c.departments.size();
        m_report.pairs.reserve(m_c.questions.size() * departments);
        // Evidence speaks for the departments that were assessed; with no respondents at all (a policy-only
        // check), for every department the question applies to.
        const bool policy_only = std::all_of(m_in.respondents.begin(), m_in.respondents.end(),
                                             [](std::size_t n) { return n == 0; });
        for (std::size_t q = 0; q < m_c.questions.size(); ++q) {
            const Question& question = m_c.questions[q];
            if (!question.is_scored()) {
                continue;
            }
            const EvidenceResult* evidence = evidence_for(question);
            for (std::size_t d = 0; d < departments; ++d) {
                const PairAccumulator& acc = m_in.pairs[q * departments + d];
                PairResult pair;
                pair.question = question.id;
                pair.department = m_c.departments[d].id;
                pair.dimension = question.dimension;
                pair.weight = m_c.departments[d].weight * question.weight;
                pair.counted = acc.counted;
                pair.answered = acc.answered;
                pair.not_applicable_answers = acc.not_applicable;
                pair.answers = answers_of(question, acc);
                pair.source = acc.answered > 0 ? acc.lowest : acc.first;
                if (acc.answered > 0) {
                    pair.answered_score = acc.aggregate(m_in.options.aggregate);
                }
                if (evidence && question.applies_to(pair.department) &&
                    (policy_only || m_in.respondents[d] > 0)) {
                    pair.evidence_score = evidence->score;
                }
                // Where both speak, the lower wins: a document without practice, or practice without a
                // document, both fall short.
                if (pair.answered_score && pair.evidence_score) {
                    pair.score = std::min(*pair.answered_score, *pair.evidence_score);
                } else {
                    pair.score = pair.answered_score ? pair.answered_score : pair.evidence_score;
                }
                if (pair.score) {
                    pair.state = PairState::scored;
                } else if (acc.counted > acc.not_applicable) {
                    pair.state = PairState::missing;
                    if (m_in.options.missing == MissingPolicy::zero) {
                        pair.score = 0.0;
                    }
                }
                if (pair.score && *pair.score < question.target) {
                    pair.gap = question.target - *pair.score;
                    pair.priority = pair.weight * *pair.gap;
                }
                m_report.pairs.push_back(std::move(pair));
                m_indexed.push_back({q, d, nullptr});
            }
        }
        for (std::size_t i = 0; i < m_indexed.size(); ++i) {
            m_indexed[i].pair = &m_report.pairs[i];
        }
    }

    Score weighted(const std::function<bool(const Indexed&)>& in_set) const {
        const PairResult* first = m_report.pairs.data();
        return weighted_score(
            m_report.pairs,
            [&](const PairResult& pair) {
                return in_set(m_indexed[static_cast<std::size_t>(&pair - first)]);
            },
            m_c.levels);
    }

    void scores() {
        m_report.overall = weighted([](const Indexed&) { return true; });
        for (const auto& item : m_indexed) {
            if (item.pair->state != PairState::not_applicable) {
                ++m_report.applicable_pairs;
            }
            if (item.pair->state == PairState::scored) {
                ++m_report.answered_pairs;
            }
        }
        for (std::size_t d = 0; d < m_c.departments.size(); ++d) {
            const Department& department = m_c.departments[d];
            DepartmentResult result;
            result.id = department.id;
            result.name = department.name;
            result.weight = department.weight;
            result.respondents = m_in.respondents[d];
            result.score = weighted([d](const Indexed& i) { return i.d == d; });
            for (const auto& item : m_indexed) {
                if (item.d != d) {
                    continue;
                }
                result.applicable_pairs += item.pair->state != PairState::not_applicable ? 1 : 0;
                result.answered_pairs += item.pair->state == PairState::scored ? 1 : 0;
                result.assessed = result.assessed || item.pair->from_evidence();
            }
            result.assessed = result.assessed || result.respondents > 0;
            m_report.departments.push_back(std::move(result));
            for (const auto& dimension : m_c.dimensions) {
                const std::string& id = dimension.id;
                m_report.cells.push_back({department.id, id, weighted([&](const Indexed& i) {
                                              return i.d == d && m_c.questions[i.q].dimension == id;
                                          })});
            }
        }
        for (const auto& dimension : m_c.dimensions) {
            m_report.dimensions.push_back(
                {dimension.id, dimension.name, dimension.group,
                 weighted([&](const Indexed& i) { return m_c.questions[i.q].dimension == dimension.id; }),
                 target(dimension.id)});
        }
        for (const auto& group : m_c.groups) {
            m_report.groups.push_back({group.id, group.name, weighted([&](const Indexed& i) {
                                           const Dimension* dim =
                                               m_c.find_dimension(m_c.questions[i.q].dimension);
                                           return dim && dim->group == group.id;
                                       })});
        }
    }

    std::optional<double> target(const std::string& dimension) const {
        double sum = 0;
        double weights = 0;
        for (const auto& item : m_indexed) {
            if (item.pair->score && m_c.questions[item.q].dimension == dimension) {
                sum += item.pair->weight * 100 * m_c.questions[item.q].target;
                weights += item.pair->weight;
            }
        }
        return weights > 0 ? std::optional<double>(sum / weights) : std::nullopt;
    }

    // The most common short-falling answer's option value; on a tie, the first in alphabetical order.
    std::optional<std::string_view> common_short_answer(std::size_t q) const {
        std::map<std::string_view, std::size_t> counts;
        const auto options = m_c.options_of(m_c.questions[q]);
        for (std::size_t i = 0; i < m_in.short_choices[q].size(); ++i) {
            if (m_in.short_choices[q][i] > 0) {
                counts[options[i].value] += m_in.short_choices[q][i];
            }
        }
        std::optional<std::string_view> common;
        std::size_t most = 0;
        for (const auto& [value, count] : counts) {
            if (count > most) {
                most = count;
                common = value;
            }
        }
        return common;
    }

    // The text for the common short answer where `per_answer` has one, else `general`.
    static const std::string& for_answer(std::optional<std::string_view> answer,
                                         const std::vector<std::pair<std::string, std::string>>& per_answer,
                                         const std::string& general) {
        if (answer) {
            for (const auto& [value, text] : per_answer) {
                if (value == *answer) {
                    return text;
                }
            }
        }
        return general;
    }

    // A critical question blocks a department where it scores below its threshold, and where it counts
    // but nobody there gave it a score (unanswered, or only n/a) and no evidence scored it either.
    static std::optional<Blocker> blocker_of(const Question& question, const PairResult& pair) {
        if (!question.critical) {
            return std::nullopt;
        }
        Blocker blocker{question.id, pair.department, BlockerReason::below_threshold, pair.score,
                        *question.critical};
        if (pair.answered == 0 && !pair.from_evidence()) {
            if (pair.counted == 0) {
                return std::nullopt;
            }
            blocker.reason = pair.counted > pair.not_applicable_answers
                                 ? BlockerReason::not_answered
                                 : BlockerReason::marked_not_applicable;
            return blocker;
        }
        if (pair.score && *pair.score < *question.critical) {
            return blocker;
        }
        return std::nullopt;
    }

    void blockers_and_gaps() {
        std::vector<std::pair<std::size_t, Gap>> gaps; // with the question's index, for ordering
        for (std::size_t q = 0; q < m_c.questions.size(); ++q) {
            const Question& question = m_c.questions[q];
            Gap gap;
            gap.question = question.id;
            double weights = 0;
            double weighted_gaps = 0;
            for (const auto& item : m_indexed) {
                if (item.q != q) {
                    continue;
                }
                const PairResult& pair = *item.pair;
                if (auto blocker = blocker_of(question, pair)) {
                    m_report.blockers.push_back(std::move(*blocker));
                    gap.blocker = true;
                }
                if (!pair.gap) {
                    continue;
                }
                const double department_weight = m_c.departments[item.d].weight;
                gap.departments.push_back({pair.department, *pair.score, *pair.gap, pair.priority});
                gap.priority += pair.priority;
                weights += department_weight;
                weighted_gaps += department_weight * *pair.gap;
            }
            if (gap.departments.empty()) {
                continue;
            }
            gap.average_gap = weighted_gaps / weights;
            gap.phase = roadmap_phase(gap.blocker, question.weight, gap.average_gap, question.effort);
            const auto answer = common_short_answer(q);
            gap.action = for_answer(answer, question.actions, question.action_or_text());
            gap.advice = for_answer(answer, question.recommendations, question.recommendation);
            gaps.emplace_back(q, std::move(gap));
        }
        std::stable_sort(gaps.begin(), gaps.end(), [](const auto& a, const auto& b) {
            if (a.second.blocker != b.second.blocker) {
                return a.second.blocker;
            }
            if (a.second.priority != b.second.priority) {
                return a.second.priority > b.second.priority;
            }
            return a.first < b.first;
        });
        std::size_t now = 0;
        for (auto& [index, gap] : gaps) {
            if (gap.phase == Phase::now && ++now > k_now_limit) {
                gap.phase = Phase::next;
                ++m_report.moved_to_next;
            }
            m_report.gaps.push_back(std::move(gap));
        }
    }

    void disagreements() {
        const std::size_t departments = m_c.departments.size();
        for (std::size_t q = 0; q < m_c.questions.size(); ++q) {
            if (!m_c.questions[q].is_scored()) {
                continue;
            }
            for (std::size_t d = 0; d < departments; ++d) {
                const PairAccumulator& acc = m_in.pairs[q * departments + d];
                if (acc.answered >= 2 && acc.max - acc.min >= k_disagreement) {
                    m_report.disagreements.push_back(
                        {DisagreementKind::within_department, m_c.questions[q].id, m_c.departments[d].id,
                         acc.min_respondent, acc.max_respondent, acc.min, acc.max});
                }
            }
            const PairResult* low = nullptr;
            const PairResult* high = nullptr;
            for (const auto& item : m_indexed) {
                if (item.q != q || !item.pair->answered_score) {
                    continue;
                }
                if (!low || *item.pair->answered_score < *low->answered_score) {
                    low = item.pair;
                }
                if (!high || *item.pair->answered_score > *high->answered_score) {
                    high = item.pair;
                }
            }
            if (low && high && *high->answered_score - *low->answered_score >= k_disagreement) {
                m_report.disagreements.push_back({DisagreementKind::across_departments, m_c.questions[q].id,
                                                  high->department, low->department, high->department,
                                                  *low->answered_score, *high->answered_score});
            }
        }
    }

    void evidence_conflicts() {
        for (const auto& pair : m_report.pairs) {
            if (!pair.evidence_score || !pair.answered_score ||
                std::abs(*pair.answered_score - *pair.evidence_score) < k_disagreement) {
                continue;
            }
            EvidenceConflict conflict{
                pair.question, pair.department, *pair.answered_score, *pair.evidence_score, {}};
            const bool claimed_more = *pair.answered_score > *pair.evidence_score;
            for (const auto& rule : m_in.evidence->at(pair.question).rules) {
                if (rule.passed != claimed_more) {
                    conflict.reasons.push_back(rule.reason);
                }
            }
            m_report.evidence_conflicts.push_back(std::move(conflict));
        }
    }

    const RollupInput& m_in;
    const Checklist& m_c;
    Report& m_report;
    std::vector<Indexed> m_indexed;
};

} // namespace

std::string_view roadmap_rule() {
    static const std::string rule = fmt::format(
        "Now: every blocker, and every gap where weight x average gap / effort cost is at least 1, at most "
        "{} "
        "(blockers first, then by priority; the rest move to Next). Next: at least 0.25. Later: the rest. "
        "Effort cost: low 1, medium 2, high 4; the average gap is weighted by department weight.",
        k_now_limit);
    return rule;
}

Phase roadmap_phase(bool blocker, double weight, double average_gap, Effort effort) {
    if (blocker) {
        return Phase::now;
    }
    const double cost = effort == Effort::low ? 1 : effort == Effort::medium ? 2 : 4;
    const double value = weight * average_gap / cost;
    if (value >= 1) {
        return Phase::now;
    }
    return value >= 0.25 ? Phase::next : Phase::later;
}

const PairResult* find_pair(const Report& report, std::string_view question, std::string_view department) {
    for (const auto& pair : report.pairs) {
        if (pair.question == question && pair.department == department) {
            return &pair;
        }
    }
    return nullptr;
}

Score weighted_score(const std::vector<PairResult>& pairs,
                     const std::function<bool(const PairResult&)>& in_set, const std::vector<Level>& levels) {
    double numerator = 0;
    double denominator = 0;
    Score score;
    for (const auto& pair : pairs) {
        if (!pair.score || !in_set(pair)) {
            continue;
        }
        numerator += pair.weight * *pair.score;
        denominator += pair.weight;
        ++score.pairs;
    }
    if (denominator > 0) {
        score.value = 100 * numerator / denominator;
        if (const Level* level = level_for(levels, *score.value)) {
            score.level = level->id;
            score.level_label = level->label;
        }
    }
    return score;
}

void roll_up(const RollupInput& input, Report& report) {
    Rollup(input, report).run();
}

} // namespace readiness
