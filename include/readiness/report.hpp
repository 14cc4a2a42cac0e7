#pragma once

#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"
#include "readiness/evidence.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace readiness {

inline constexpr int k_report_schema_version = 2;

enum class Aggregate { mean, median, min };
enum class MissingPolicy { ignore, zero };

struct ScoringOptions {
    Aggregate aggregate = Aggregate::mean;
    MissingPolicy missing = MissingPolicy::ignore;
};

// A weighted mean over a set of (question, department) pairs, 0–100; no value when the set is empty.
struct Score {
    std::optional<double> value;
    std::string level;       // the level's id ("" without a value)
    std::string level_label; // "Not ready" …
    std::size_t pairs = 0;   // pairs with a defined A(q, d)
};

enum class PairState {
    scored,        // A(q, d) from answers or evidence
    missing,       // counts for some respondent of d, none answered (scored 0 with --missing zero)
    not_applicable // counts for no respondent of d (and no evidence)
};

// How often each answer was given within one department: an option's value (each chosen option, for
// multi), or a number as written. At most k_answer_tally_limit distinct answers; the rest count as "other".
struct AnswerTally {
    std::string answer;
    std::size_t count = 0;
};
inline constexpr std::size_t k_answer_tally_limit = 8;
inline constexpr std::string_view k_other_answers = "other";

// A(q, d) and what it was made of.
struct PairResult {
    std::string question;
    std::string department;
    std::string dimension;
    double weight = 0; // W_d · w_q, the pair's weight in every roll-up
    PairState state = PairState::not_applicable;
    std::optional<double> score;          // A(q, d), the one every roll-up uses
    std::optional<double> answered_score; // the respondents' aggregate
    std::optional<double> evidence_score; // E(q), where the files speak for this pair
    std::size_t counted = 0;              // respondents of d for whom q counts
    std::size_t answered = 0;             // of them, those with a scored answer
    std::size_t not_applicable_answers = 0;
    std::vector<AnswerTally> answers; // the scored answers behind answered_score, in option order
    std::optional<double> gap;        // target − A when A < target
    double priority = 0;              // W_d · w_q · gap
    Location source; // the answer behind it: the lowest-scored one, else an n/a, else the first sheet it
                     // counts for; nothing without answers (and in a report read back from JSON)

    bool from_evidence() const { return evidence_score.has_value(); }
};

struct RespondentSummary {
    std::string name;
    std::string department;
    std::string role;
    std::string source; // the file (and line, for CSV rows) it came from
};

// The respondents a report lists, compactly: a report may have a million. Names share one buffer;
// departments, roles and files are stored once each. Reading an entry yields a RespondentSummary value.
class RespondentList {
public:
    class Iterator;

    // `source` is file:line:column as format_location writes it (line and column 0 when unknown).
    void add(std::string_view name, std::string_view department, std::string_view role, std::string_view file,
             int line, int column);
    void push_back(const RespondentSummary& respondent); // `source` kept as written

    // One entry without copying: `file`, `line` and `column` make the source (see format_location).
    struct View {
        std::string_view name;
        std::string_view department;
        std::string_view role;
        std::string_view file;
        int line = 0;
        int column = 0;
    };

    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    View view(std::size_t i) const;
    RespondentSummary operator[](std::size_t i) const;
    Iterator begin() const;
    Iterator end() const;

private:
    struct Entry {
        std::size_t name_offset = 0;
        std::uint32_t name_size = 0;
        std::uint32_t department = 0; // into m_strings
        std::uint32_t role = 0;
        std::uint32_t file = 0;
        int line = 0;
        int column = 0;
    };
    static constexpr std::uint32_t k_none = UINT32_MAX;
    // The id of `text`, looking first at `last` (this field's id in the entry before, updated): entries
    // that arrive together mostly share their department, role and file.
    std::uint32_t intern(std::string_view text, std::uint32_t& last);

    std::string m_names;
    std::vector<Entry> m_entries;
    std::vector<std::string> m_strings; // departments, roles, files (or whole sources)
    std::unordered_map<std::string, std::uint32_t> m_string_ids;
    std::uint32_t m_last_department = k_none;
    std::uint32_t m_last_role = k_none;
    std::uint32_t m_last_file = k_none;
};

class RespondentList::Iterator {
public:
    using value_type = RespondentSummary;
    using difference_type = std::ptrdiff_t;
    Iterator(const RespondentList* list, std::size_t i) : m_list(list), m_i(i) {}
    RespondentSummary operator*() const { return (*m_list)[m_i]; }
    Iterator& operator++() {
        ++m_i;
        return *this;
    }
    bool operator==(const Iterator& other) const { return m_i == other.m_i; }

private:
    const RespondentList* m_list;
    std::size_t m_i;
};

inline RespondentList::Iterator RespondentList::begin() const {
    return {this, 0};
}
inline RespondentList::Iterator RespondentList::end() const {
    return {this, m_entries.size()};
}

struct DepartmentResult {
    std::string id;
    std::string name;
    double weight = 1;
    std::size_t respondents = 0;
    bool assessed = false; // has respondents or evidence-scored pairs
    Score score;
    std::size_t applicable_pairs = 0;
    std::size_t answered_pairs = 0;
};

struct DimensionResult {
    std::string id;
    std::string name;
    std::string group;
    Score score;
    // What the questions' `target`s ask of the dimension (0–100): the same weighted mean as its score, over
    // the pairs it scored; none where none is scored. Kept when an anonymous report folds departments.
    std::optional<double> target;
};

struct GroupResult {
    std::string id;
    std::string name;
    Score score;
};

struct CellResult {
    std::string department;
    std::string dimension;
    Score score;
};

enum class BlockerReason {
    below_threshold,      // A(q, d) is below the question's critical threshold
    not_answered,         // the question counts for d, but nobody there answered it
    marked_not_applicable // everybody there for whom it counts answered n/a
};

// A critical question that holds a department back. No gate passes on a blank or an n/a.
struct Blocker {
    std::string question;
    std::string department;
    BlockerReason reason = BlockerReason::below_threshold;
    std::optional<double> score; // A(q, d); none unless below_threshold
    double threshold = 0;
};

enum class Phase { now, next, later };

// Now is a plan a team can start on: at most this many actions, the first gaps in order; the rest move to
// Next.
inline constexpr std::size_t k_now_limit = 7;

struct GapDepartment {
    std::string department;
    double score = 0;
    double gap = 0;
    double priority = 0;
};

// One question that falls short of its target somewhere.
struct Gap {
    std::string question;
    bool blocker = false;
    double priority = 0;    // summed over its departments
    double average_gap = 0; // weighted by department weight
    Phase phase = Phase::later;
    std::string action; // for the most common short-falling answer, else the question's; else its text
    std::string advice; // the recommendation for the most common short-falling answer, else the general one
    std::vector<GapDepartment> departments;
};

struct RespondentScore {
    std::string respondent;
    double score = 0;
};

enum class DisagreementKind { within_department, across_departments };

// Answers to one question that differ by at least k_disagreement.
struct Disagreement {
    DisagreementKind kind = DisagreementKind::within_department;
    std::string question;
    std::string department; // within: the department; across: the highest-scoring one
    std::string low;  // within: the lowest respondent (empty when anonymous); across: the lowest department
    std::string high; // within: the highest respondent (empty when anonymous); across: the highest department
    double low_score = 0;
    double high_score = 0;
};

inline constexpr double k_disagreement = 0.5;

// Respondents' answers that the organisation's own files contradict by at least k_disagreement.
struct EvidenceConflict {
    std::string question;
    std::string department;
    double answered_score = 0;
    double evidence_score = 0;
    std::vector<std::string>
        reasons; // the failed rules' reasons (or the passed ones, when answers were lower)
};

struct AnswerRemark {
    std::string question;
    std::string respondent; // empty in an anonymous report
    std::string department; // empty in an anonymous report when the department is folded
    std::string text;
    std::string role; // only in an anonymous report, where the role cannot identify one person
};

// What `--anonymous` did (readiness/anonymity.hpp); nothing unless `applied`.
struct Anonymity {
    bool applied = false;
    std::size_t min_group = 0;
    std::vector<std::string> folded_departments; // ids, checklist order: in the overall figures only
    std::size_t folded_blockers = 0;             // blockers left out with them
};

struct Report;

// The pair of `question` in `department`, or nullptr.
const PairResult* find_pair(const Report& report, std::string_view question, std::string_view department);

// Coverage: answered pairs / applicable pairs, in [0, 1]; none when nothing applies.
inline std::optional<double> coverage_ratio(std::size_t answered, std::size_t applicable) {
    if (applicable == 0) {
        return std::nullopt;
    }
    return static_cast<double>(answered) / static_cast<double>(applicable);
}

struct Report {
    int schema_version = k_report_schema_version;
    std::string checklist;
    std::string checklist_title;
    std::string checklist_version;
    std::vector<std::string> organisations;
    std::vector<std::string> dates; // earliest and latest answer dates, when given
    ScoringOptions options;
    std::vector<Level> levels; // the checklist's, so that a report read back can name the level of a score
    bool evidence_used = false;
    RespondentList respondents;
    std::size_t respondent_count = 0;

    Score overall;
    std::size_t applicable_pairs = 0;
    std::size_t answered_pairs = 0;

    std::vector<DepartmentResult> departments;
    std::vector<DimensionResult> dimensions;
    std::vector<GroupResult> groups;
    std::vector<CellResult> cells; // department-major, dimension order
    std::vector<PairResult> pairs; // checklist order, then department order
    std::vector<Blocker> blockers;
    std::vector<Gap> gaps; // blockers first, then priority, then checklist order; at most k_now_limit in Now
    std::string roadmap_rule;
    std::size_t moved_to_next = 0; // gaps that qualified for Now beyond k_now_limit
    std::vector<Disagreement> disagreements;
    std::vector<EvidenceConflict> evidence_conflicts;
    EvidenceResults evidence;
    std::vector<AnswerRemark> not_applicable; // n/a answers (each respondent's)
    std::vector<AnswerRemark> notes;
    std::vector<AnswerRemark> text_answers;
    Anonymity anonymity;
};

} // namespace readiness
