// JUnit XML for `readiness check --format junit`, valid against Jenkins' junit-10.xsd (which GitLab reads
// too). One <testsuite name="readiness"> holds a <testcase> per gate (classname readiness.gates, name the
// gate id), per blocker (readiness.blockers, "question@department") and per evidence rule outcome
// (readiness.evidence, "question#N", N from 1). What fails the check is a <failure>; what the gates allow
// (a blocker within --max-blockers, a failed evidence rule) is <skipped> with the finding as its message;
// the rest passes. A failure's body says what, where (file:line) and what to do. The schema has no
// testcase@file, so the place is only in that body.
#include "check_findings.hpp"
#include "check_formats.hpp"
#include "check_xml_escape.hpp"

#include <fmt/format.h>

#include <vector>

namespace readiness::render {

namespace {

struct Case {
    std::string classname;
    CheckFinding finding;
};

const char* failure_type(FindingKind kind) {
    switch (kind) {
    case FindingKind::gate:
        return "gate";
    case FindingKind::blocker:
        return "blocker";
    case FindingKind::evidence_rule:
        return "evidence-rule";
    case FindingKind::waiver:
        return "waiver";
    case FindingKind::regression:
        return "regression";
    case FindingKind::gap:
    case FindingKind::evidence_conflict:
        break;
    }
    return "finding";
}

// Why a case that does not fail is skipped: "warning", "waived until DATE: REASON", "known in the baseline".
std::string skip_reason(const CheckFinding& f) {
    if (f.level == FindingLevel::waived && f.waiver != nullptr) {
        return waiver_text(*f.waiver);
    }
    return f.level == FindingLevel::known ? "known in the baseline" : "warning";
}

std::string attribute(std::string_view text) {
    return escape_xml(text, true);
}

std::string testcase(const Case& c) {
    std::string xml = fmt::format("    <testcase name=\"{}\" classname=\"{}\"", attribute(c.finding.name),
                                  attribute(c.classname));
    const CheckFinding& f = c.finding;
    if (f.level == FindingLevel::note) {
        return xml + "/>\n";
    }
    if (f.level != FindingLevel::failure) {
        return xml + fmt::format(">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                                 attribute(fmt::format("{}: {} (at {}:{})", skip_reason(f), f.message,
                                                       f.place.file, f.place.line)));
    }
    xml += fmt::format(">\n      <failure message=\"{}\" type=\"{}\">", attribute(f.message),
                       failure_type(f.kind));
    xml += escape_xml(fmt::format("{}\n{}\nat {}:{}", f.title, f.message, f.place.file, f.place.line), false);
    return xml + "</failure>\n    </testcase>\n";
}

std::vector<Case> cases(const CheckDocument& document) {
    std::vector<Case> result;
    for (const auto& gate : document.result.gates) {
        result.push_back({"readiness.gates", gate_finding(document, gate)});
    }
    for (const auto& blocker : document.report.blockers) {
        result.push_back({"readiness.blockers", blocker_finding(document, blocker)});
    }
    for (const auto& [question, evidence] : document.report.evidence) {
        for (const auto& outcome : evidence.rules) {
            result.push_back({"readiness.evidence", rule_finding(document, question, outcome)});
        }
    }
    for (auto& finding : check_findings(document)) {
        if (finding.kind == FindingKind::waiver || finding.kind == FindingKind::regression) {
            const char* classname =
                finding.kind == FindingKind::waiver ? "readiness.waivers" : "readiness.regressions";
            result.push_back({classname, std::move(finding)});
        }
    }
    return result;
}

std::string property(std::string_view name, std::string_view value) {
    return fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", attribute(name), attribute(value));
}

} // namespace

std::string render_check_junit(const CheckDocument& document) {
    const std::vector<Case> all = cases(document);
    std::size_t failures = 0;
    std::size_t skipped = 0;
    for (const auto& c : all) {
        failures += c.finding.level == FindingLevel::failure ? 1 : 0;
        skipped += c.finding.level != FindingLevel::failure && c.finding.level != FindingLevel::note ? 1 : 0;
    }
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += fmt::format("<testsuites name=\"readiness\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                       all.size(), failures);
    xml += fmt::format(
        "  <testsuite name=\"readiness\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
        all.size(), failures, skipped);
    xml += "    <properties>\n";
    xml += property("checklist", document.checklist.id);
    xml += property("checklist_version", document.checklist.version);
    xml += property("checklist_file", checklist_file(document));
    xml += property("passed", document.result.passed() ? "true" : "false");
    xml += "    </properties>\n";
    for (const auto& c : all) {
        xml += testcase(c);
    }
    xml += "  </testsuite>\n</testsuites>\n";
    return xml;
}

} // namespace readiness::render
