// Benchmark: times `readiness report` end to end and the scoring alone on synthetic data, and reads peak
// memory. Not a test: run it by hand (see README, "Performance") and record what it prints.
//   bench_report PATH/TO/readiness [--quick]
#include "readiness/scoring.hpp"

#include "io/answer_csv.hpp"
#include "io/checklist_loader.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int k_questions = 80;
constexpr int k_departments = 8;
constexpr int k_dimensions = 10;

// A checklist of 80 questions over 8 departments and 10 dimensions: choice, multi and number questions,
// every fifth asked only when the one before it is not "no".
std::string synthetic_checklist() {
    std::string out = "id: bench\ntitle: Bench\nversion: 1.0.0\ndepartments:\n";
    for (int d = 0; d < k_departments; ++d) {
        out += fmt::format("  - {{ id: d{}, name: Department {}, weight: {} }}\n", d, d, 1 + d % 3);
    }
    out += "groups:\n  - { id: g, name: Group }\ndimensions:\n";
    for (int m = 0; m < k_dimensions; ++m) {
        out += fmt::format("  - {{ id: m{}, name: Dimension {}, group: g }}\n", m, m);
    }
    out +=
        "scales:\n  ypn:\n    - { value: \"yes\", label: \"Yes\", score: 1 }\n"
        "    - { value: partly, label: Partly, score: 0.5 }\n    - { value: \"no\", label: \"No\", score: 0 "
        "}\n"
        "levels:\n  - { id: low, label: Low, min: 0 }\n  - { id: high, label: High, min: 60 }\nquestions:\n";
    for (int q = 0; q < k_questions; ++q) {
        out += fmt::format("  - id: q{}\n    dimension: m{}\n    text: Question {}?\n    weight: {}\n"
                           "    recommendation: Do {}.\n",
                           q, q % k_dimensions, q, 1 + q % 3, q);
        if (q % 10 == 3) {
            out += "    type: multi\n    options: [{ value: a, label: A, score: 0.5 }, { value: b, label: B, "
                   "score: "
                   "0.5 }, { value: c, label: C, score: 0.25 }]\n";
        } else if (q % 10 == 7) {
            out += "    type: number\n    min: 0\n    max: 1000\n    bands: [{ max: 1, score: 1 }, { max: 4, "
                   "score: "
                   "0.5 }, { score: 0 }]\n";
        } else {
            out += "    scale: ypn\n";
        }
        if (q % 5 == 4 && (q - 1) % 10 != 3 && (q - 1) % 10 != 7) {
            out += fmt::format("    when: {{ question: q{}, not_in: [\"no\"] }}\n", q - 1);
        }
        if (q % 8 == 0) {
            out += "    critical: true\n";
        }
    }
    return out;
}

// The answer respondent r gives to question q, deterministic.
std::string answer(int r, int q, bool csv) {
    const unsigned h = static_cast<unsigned>(r) * 2654435761u + static_cast<unsigned>(q) * 40503u;
    if (q % 10 == 3) {
        return csv ? (h % 2 ? "a;c" : "b") : (h % 2 ? "[a, c]" : "[b]");
    }
    if (q % 10 == 7) {
        return std::to_string(h % 30);
    }
    static const char* values[] = {"yes", "partly", "no"};
    return csv ? values[h % 3] : fmt::format("\"{}\"", values[h % 3]);
}

void write_csv(const fs::path& path, int rows) {
    std::ofstream out(path);
    out << "respondent,department";
    for (int q = 0; q < k_questions; ++q) {
        out << ",q" << q;
    }
    out << '\n';
    for (int r = 0; r < rows; ++r) {
        out << "R" << r << ",d" << r % k_departments;
        for (int q = 0; q < k_questions; ++q) {
            out << ',' << (r % 17 == q % 17 ? "" : answer(r, q, true));
        }
        out << '\n';
    }
}

void write_yaml_files(const fs::path& dir, int files) {
    fs::create_directories(dir);
    for (int r = 0; r < files; ++r) {
        std::ofstream out(dir / fmt::format("r{:05}.yaml", r));
        out << fmt::format("checklist: bench\nrespondent: {{ name: R{}, department: d{} }}\nanswers:\n", r,
                           r % k_departments);
        for (int q = 0; q < k_questions; ++q) {
            out << "  q" << q << ": " << answer(r, q, false) << '\n';
        }
    }
}

struct Run {
    double seconds = 0;
    double peak_mib = 0;
    int exit_code = 0;
};

// Runs the binary with `args`, output to /dev/null; wall time and the child's peak resident memory.
Run run(const std::string& binary, const std::vector<std::string>& args) {
    std::fflush(stdout); // or the child flushes our buffered lines a second time
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(binary.c_str()));
        for (const auto& a : args) {
            argv.push_back(const_cast<char*>(a.c_str()));
        }
        argv.push_back(nullptr);
        if (!freopen("/dev/null", "w", stdout)) {
            _exit(127);
        }
        execv(binary.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run result;
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    result.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

double score_csv_in_process(const readiness::Checklist& checklist, const fs::path& csv) {
    const auto start = Clock::now();
    readiness::Scorer scorer(checklist, {});
    std::ifstream in(csv);
    const auto load = readiness::io::read_answer_csv(
        in, csv.string(), checklist, [&](readiness::AnswerSheet&& sheet) { scorer.add(sheet); });
    const auto report = scorer.finish();
    if (!load.ok() || report.respondent_count == 0) {
        std::fprintf(stderr, "bench: the synthetic CSV did not load\n");
        std::exit(1);
    }
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_report PATH/TO/readiness [--quick]\n");
        return 2;
    }
    const std::string binary = fs::absolute(argv[1]).string();
    const bool quick = argc > 2 && std::string(argv[2]) == "--quick";
    const fs::path dir = fs::temp_directory_path() / "readiness-bench";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path checklist_path = dir / "bench.yaml";
    std::ofstream(checklist_path) << synthetic_checklist();
    const auto load = readiness::io::load_checklist_file(checklist_path, checklist_path.string());
    if (!load.ok()) {
        std::fprintf(stderr, "bench: the synthetic checklist does not load\n");
        return 1;
    }

    fmt::print("{:<34}{:>12}{:>14}{:>14}\n", "input (80 questions, 8 depts)", "report s", "peak MiB",
               "scoring s");
    for (int rows : quick ? std::vector<int>{1000, 10000} : std::vector<int>{1000, 10000, 100000}) {
        const fs::path csv = dir / fmt::format("answers-{}.csv", rows);
        write_csv(csv, rows);
        const Run r =
            run(binary, {"-c", checklist_path.string(), "report", csv.string(), "--format", "json"});
        const double scoring = score_csv_in_process(load.checklist, csv);
        fmt::print("{:<34}{:>12.2f}{:>14.1f}{:>14.2f}{}\n", fmt::format("CSV, {} respondents", rows),
                   r.seconds, r.peak_mib, scoring,
                   r.exit_code == 0 ? "" : fmt::format("  (exit {})", r.exit_code));
    }
    for (int files : quick ? std::vector<int>{1000} : std::vector<int>{1000, 10000}) {
        const fs::path folder = dir / fmt::format("yaml-{}", files);
        write_yaml_files(folder, files);
        const Run r =
            run(binary, {"-c", checklist_path.string(), "report", folder.string(), "--format", "json"});
        fmt::print("{:<34}{:>12.2f}{:>14.1f}{:>14}{}\n", fmt::format("YAML, {} answer files", files),
                   r.seconds, r.peak_mib, "",
                   r.exit_code == 0 ? "" : fmt::format("  (exit {})", r.exit_code));
    }
    fs::remove_all(dir);
    return 0;
}
