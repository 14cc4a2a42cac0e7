#pragma once

#include "readiness/diagnostic.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace readiness {

// What one evidence rule found in the organisation's files.
struct RuleOutcome {
    std::size_t rule_index = 0; // index into Question::evidence
    bool passed = false;
    std::string reason; // "social-media-policy.md does not mention \"disclos\""; "… mentions …" when passed
    Location location;           // the matching line, or the file (line 0) when nothing matched; the rule's
                                 // own place in the checklist when no file matched the glob
    std::optional<double> value; // a `key` rule's number, when the key holds one
};

// The evidence verdict on one question: the fraction of its rules that pass (a choice question), or for a
// number question whose `key` rule found a number, that number scored by the question's bands.
struct EvidenceResult {
    std::string question;
    double score = 0;
    std::optional<double> number; // the value a `key` rule supplied, as the answer to a number question
    std::vector<RuleOutcome> rules;
};

using EvidenceResults = std::map<std::string, EvidenceResult, std::less<>>; // by question id

struct Question;

// E(q) from what the rules found (in rule order): for a number question, the first passing `key` rule's
// number scored by the question's bands; otherwise the fraction of rules that pass. The scoring decision
// lives here; the evidence reader (io) only reports what it found in the files.
EvidenceResult score_evidence(const Question& question, std::vector<RuleOutcome> outcomes);

} // namespace readiness
