#include "readiness/gates.hpp"

#include "readiness/regressions.hpp"

#include <algorithm>

namespace readiness {

namespace {

GateResult at_least(std::string id, GateKind kind, std::string subject_name, const Score& score,
                    double limit) {
    return {std::move(id), kind, std::move(subject_name), score.value && *score.value >= limit,
            score.value,   limit};
}

bool has_failed_rule(const Report& report, std::string_view question) {
    const auto found = report.evidence.find(std::string(question));
    return found != report.evidence.end() &&
           std::any_of(found->second.rules.begin(), found->second.rules.end(),
                       [](const RuleOutcome& r) { return !r.passed; });
}

WaiverUse use_of(const Waiver& waiver, const Report& report, std::string_view today) {
    if (!today.empty() && waiver_expired(waiver, today)) {
        return {waiver, WaiverState::expired};
    }
    const bool blocker = std::any_of(report.blockers.begin(), report.blockers.end(), [&](const Blocker& b) {
        return waiver_covers(waiver, b.question, b.department);
    });
    const bool rule = waiver.department.empty() && has_failed_rule(report, waiver.question);
    return {waiver, blocker || rule ? WaiverState::active : WaiverState::unmatched};
}

std::vector<GateResult> gate_results(const Report& report, const Gates& gates, const CheckResult& waivers) {
    std::vector<GateResult> results;
    if (gates.min_score) {
        results.push_back(at_least("min-score", GateKind::min_score, "", report.overall, *gates.min_score));
    }
    if (gates.min_department) {
        for (const auto& d : report.departments) {
            if (d.assessed) {
                results.push_back(at_least("min-department/" + d.id, GateKind::min_department, d.name,
                                           d.score, *gates.min_department));
            }
        }
    }
    if (gates.min_dimension) {
        for (const auto& d : report.dimensions) {
            if (d.score.value) {
                results.push_back(at_least("min-dimension/" + d.id, GateKind::min_dimension, d.name, d.score,
                                           *gates.min_dimension));
            }
        }
    }
    const double max_blockers = gates.max_blockers.value_or(0);
    const auto counted = std::count_if(report.blockers.begin(), report.blockers.end(), [&](const Blocker& b) {
        return waivers.waiver_for(b.question, b.department) == nullptr;
    });
    const auto blockers = static_cast<double>(counted);
    results.push_back(
        {"max-blockers", GateKind::max_blockers, "", blockers <= max_blockers, blockers, max_blockers});
    return results;
}

bool has_regression(const CheckResult& result, RegressionKind kind, std::string_view question,
                    std::string_view department, std::string_view gate) {
    return std::any_of(result.regressions.begin(), result.regressions.end(), [&](const Regression& r) {
        return r.kind == kind && r.question == question && r.department == department && r.gate == gate;
    });
}

void count(CheckResult& result, FindingLevel level) {
    result.failures += level == FindingLevel::failure ? 1 : 0;
    result.warnings += level == FindingLevel::warning ? 1 : 0;
}

} // namespace

bool CheckResult::blockers_allowed() const {
    return std::all_of(gates.begin(), gates.end(),
                       [](const GateResult& g) { return g.kind != GateKind::max_blockers || g.passed; });
}

const WaiverUse* CheckResult::waiver_for(std::string_view question, std::string_view department) const {
    for (const auto& use : waivers) {
        if (use.state == WaiverState::active && waiver_covers(use.waiver, question, department) &&
            (!department.empty() || use.waiver.department.empty())) {
            return &use;
        }
    }
    return nullptr;
}

FindingLevel CheckResult::gate_level(const GateResult& gate) const {
    if (gate.passed) {
        return FindingLevel::note;
    }
    if (against_baseline && !has_regression(*this, RegressionKind::gate_newly_missed, "", "", gate.id)) {
        return FindingLevel::known;
    }
    return FindingLevel::failure;
}

FindingLevel CheckResult::blocker_level(const Blocker& blocker) const {
    if (waiver_for(blocker.question, blocker.department) != nullptr) {
        return FindingLevel::waived;
    }
    if (against_baseline) {
        return has_regression(*this, RegressionKind::new_blocker, blocker.question, blocker.department, "")
                   ? FindingLevel::failure
                   : FindingLevel::known;
    }
    return blockers_allowed() ? warning() : FindingLevel::failure;
}

FindingLevel CheckResult::rule_level(std::string_view question, const RuleOutcome& outcome) const {
    if (outcome.passed) {
        return FindingLevel::note;
    }
    return waiver_for(question, "") != nullptr ? FindingLevel::waived : warning();
}

FindingLevel CheckResult::conflict_level() const {
    return warning();
}

FindingLevel CheckResult::waiver_level(const WaiverUse& use) const {
    switch (use.state) {
    case WaiverState::expired:
        return FindingLevel::failure;
    case WaiverState::unmatched:
        return warning();
    case WaiverState::active:
        break;
    }
    return FindingLevel::note;
}

CheckResult check_gates(const Report& report, const Gates& gates, const CheckContext& context) {
    CheckResult result;
    result.strict = context.strict;
    for (const auto& waiver : gates.waivers) {
        result.waivers.push_back(use_of(waiver, report, context.today));
    }
    result.gates = gate_results(report, gates, result);
    if (context.baseline != nullptr) {
        result.against_baseline = true;
        result.regressions = find_regressions(*context.baseline, report, context.tolerance);
        CheckResult before;
        before.waivers = result.waivers;
        const auto missed = newly_missed_gates(gate_results(*context.baseline, gates, before), result.gates);
        result.regressions.insert(result.regressions.end(), missed.begin(), missed.end());
    }

    for (const auto& gate : result.gates) {
        count(result, result.gate_level(gate));
    }
    for (const auto& blocker : report.blockers) {
        count(result, result.blocker_level(blocker));
    }
    for (const auto& [question, evidence] : report.evidence) {
        for (const auto& outcome : evidence.rules) {
            count(result, result.rule_level(question, outcome));
        }
    }
    for (std::size_t i = 0; i < report.evidence_conflicts.size(); ++i) {
        count(result, result.conflict_level());
    }
    for (const auto& use : result.waivers) {
        count(result, result.waiver_level(use));
    }
    for (const auto& regression : result.regressions) {
        const bool dropped = regression.kind == RegressionKind::question_dropped ||
                             regression.kind == RegressionKind::department_dropped;
        count(result, dropped ? FindingLevel::failure : FindingLevel::note);
    }
    return result;
}

} // namespace readiness
