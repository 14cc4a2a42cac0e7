#pragma once

#include "readiness/checklist.hpp"
#include "readiness/gates.hpp"
#include "readiness/report.hpp"

#include <string>

namespace readiness::render {

// `readiness check` output. Each reads the scored report (with its evidence results, blockers, gaps) and
// the gate verdicts; none of them scores or decides pass/fail.
struct CheckDocument {
    const Report& report;
    const Checklist& checklist;
    const CheckResult& result;
    std::string checklist_file; // where the checklist lives, for locations ("<built-in>/…" for shipped ones)
    std::string baseline_file = {};          // the baseline report, where drops since it are placed
    const SourceMap* gates_source = nullptr; // the gates file and its keys' places, when there is one
    std::string root = {}; // absolute: places are written relative to it ("" keeps them as given)
    std::string cwd = {};  // absolute: what relative places are relative to
};

std::string render_check_text(const CheckDocument& document, bool color);
std::string render_check_json(const CheckDocument& document);
std::string render_check_markdown(const CheckDocument& document);
std::string render_check_junit(const CheckDocument& document);       // valid against Jenkins' junit-10.xsd
std::string render_check_sarif(const CheckDocument& document);       // SARIF 2.1.0
std::string render_check_github(const CheckDocument& document);      // workflow commands (annotations)
std::string render_check_codequality(const CheckDocument& document); // GitLab Code Quality (a JSON array)

} // namespace readiness::render
