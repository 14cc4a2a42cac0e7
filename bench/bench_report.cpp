// Benchmark: times `readiness report` end to end and the scoring alone on synthetic data, and reads peak
// memory. Not a test: run it by hand (see README, "Performance") and record what it prints.
//   bench_report PATH/TO/readiness [--quick] [--million]   (--million adds 1,000,000 rows in every format)
//   bench_report PATH/TO/readiness --yaml [--against OTHER]  (the YAML files and start-up only; --against
//                                    runs the binary OTHER right after each run, and prints the ratios)
//   bench_report --write DIR ROWS    (writes the checklist, a CSV of ROWS respondents and ROWS answer
//                                    files in DIR/yaml-ROWS, for profiling)
// Beside it: parse_and_sum (the lower bound, built with it); bench/score.py is the Python baseline.
#include "readiness/response.hpp"
#include "readiness/scoring.hpp"

#include "io/answer_csv.hpp"
#include "io/checklist_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
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

// Whether respondent r leaves question q blank: one question in 17, and every question whose `when` does
// not hold (the one before it blank or "no"), as a survey tool with skip logic exports them.
bool skipped(int r, int q) {
    const bool conditional = q % 5 == 4 && (q - 1) % 10 != 3 && (q - 1) % 10 != 7;
    return r % 17 == q % 17 || (conditional && (skipped(r, q - 1) || answer(r, q - 1, true) == "no"));
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
            out << ',' << (skipped(r, q) ? "" : answer(r, q, true));
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
            if (!skipped(r, q)) {
                out << "  q" << q << ": " << answer(r, q, false) << '\n';
            }
        }
    }
}

struct Run {
    double seconds = 0; // wall
    double cpu = 0;     // user + system: what other work on the machine disturbs least
    double peak_mib = 0;
    int exit_code = 0;
};

// Runs `argv` (the program first), output to /dev/null; wall time and the child's peak resident memory.
Run run_program(const std::vector<std::string>& args) {
    std::fflush(stdout); // or the child flushes our buffered lines a second time
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> argv;
        for (const auto& a : args) {
            argv.push_back(const_cast<char*>(a.c_str()));
        }
        argv.push_back(nullptr);
        if (!freopen("/dev/null", "w", stdout)) {
            _exit(127);
        }
        execvp(args[0].c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run result;
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    result.cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                 static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    result.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

// The best of `times` runs (the least disturbed by the other work on a shared machine); the highest peak.
Run best_of(int times, const std::vector<std::string>& args) {
    Run best = run_program(args);
    for (int i = 1; i < times; ++i) {
        const Run again = run_program(args);
        best.seconds = std::min(best.seconds, again.seconds);
        best.cpu = std::min(best.cpu, again.cpu);
        best.peak_mib = std::max(best.peak_mib, again.peak_mib);
        best.exit_code = best.exit_code != 0 ? best.exit_code : again.exit_code;
    }
    return best;
}

std::string exit_note(const Run& r) {
    return r.exit_code == 0 ? "" : fmt::format("  (exit {})", r.exit_code);
}

double score_csv_in_process(const readiness::Checklist& checklist, const fs::path& csv) {
    const auto start = Clock::now();
    readiness::Scorer scorer(checklist, {});
    std::ifstream in(csv, std::ios::binary);
    const auto load = readiness::io::read_answer_csv(in, csv.string(), scorer.index(),
                                                     [&](const readiness::Response& r) { scorer.add(r); });
    const auto report = std::move(scorer).finish();
    if (!load.ok() || report.respondent_count == 0) {
        std::fprintf(stderr, "bench: the synthetic CSV did not load\n");
        std::exit(1);
    }
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The first Python that can import `module` (the Debian one has the Debian packages, a pyenv one may not);
// empty when none can.
std::string python_with(const std::string& module) {
    for (const char* python : {"python3", "/usr/bin/python3"}) {
        if (std::system(fmt::format("{} -c 'import {}' >/dev/null 2>&1", python, module).c_str()) == 0) {
            return python;
        }
    }
    return {};
}

// 1,000 and 10,000 YAML answer files, then `--version` and `list`. With `against`, that binary runs right
// after this one each time (same inputs, same minutes), and the ratios against / binary are printed.
void time_yaml_and_start_up(const std::string& binary, const std::string& against, const fs::path& checklist,
                            const fs::path& dir, bool quick, int repeats) {
    const auto header = [&](const std::string& title, const std::string& unit) {
        fmt::print("\n{:<34}{:>8}{:>8}{:>10}", title, "wall " + unit, "cpu " + unit, "peak MiB");
        fmt::print("{}\n", against.empty() ? ""
                                           : fmt::format("{:>12}{:>12}{:>8}{:>8}", "other wall", "other cpu",
                                                         "x wall", "x cpu"));
    };
    const auto line = [&](const std::string& name, const Run& r, const Run& other, double scale) {
        fmt::print("{:<34}{:>8.3f}{:>8.3f}{:>10.1f}", name, r.seconds * scale, r.cpu * scale, r.peak_mib);
        if (!against.empty()) {
            fmt::print("{:>12.3f}{:>12.3f}{:>7.2f}x{:>7.2f}x", other.seconds * scale, other.cpu * scale,
                       other.seconds / r.seconds, other.cpu / r.cpu);
        }
        fmt::print("{}\n", exit_note(r) + exit_note(other));
    };
    const auto keep_best = [](Run& best, const Run& again) {
        best.seconds = std::min(best.seconds, again.seconds);
        best.cpu = std::min(best.cpu, again.cpu);
        best.peak_mib = std::max(best.peak_mib, again.peak_mib);
        best.exit_code = best.exit_code != 0 ? best.exit_code : again.exit_code;
    };
    const auto both = [&](int times, std::vector<std::string> args) {
        Run mine{1e9, 1e9, 0, 0};
        Run other{1e9, 1e9, 0, 0};
        for (int i = 0; i < times; ++i) {
            args[0] = binary;
            keep_best(mine, run_program(args));
            if (!against.empty()) {
                args[0] = against;
                keep_best(other, run_program(args));
            }
        }
        return std::pair(mine, other);
    };
    header("YAML answer files", "s");
    for (int files : quick ? std::vector<int>{1000} : std::vector<int>{1000, 10000}) {
        const fs::path folder = dir / fmt::format("yaml-{}", files);
        write_yaml_files(folder, files);
        const auto [r, other] =
            both(repeats, {binary, "-c", checklist.string(), "report", folder.string(), "--format", "json"});
        line(fmt::format("{} files", files), r, other, 1);
    }
    header("start-up (best of 10)", "ms");
    for (const char* command : {"--version", "list"}) {
        const auto [r, other] = both(10, {binary, command});
        line(fmt::format("readiness {}", command), r, other, 1000);
    }
    // The floor under both on this machine at this moment: starting a process that does nothing.
    const Run floor = best_of(10, {"true"});
    fmt::print("{:<34}{:>8.3f}{:>8.3f}{:>10.1f}\n", "floor: true (start a process)", floor.seconds * 1000,
               floor.cpu * 1000, floor.peak_mib);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: bench_report PATH/TO/readiness [--quick] [--million] | --write DIR ROWS\n");
        return 2;
    }
    if (argc == 4 && std::string(argv[1]) == "--write") { // the inputs alone, for profiling
        fs::create_directories(argv[2]);
        std::ofstream(fs::path(argv[2]) / "bench.yaml") << synthetic_checklist();
        write_csv(fs::path(argv[2]) / fmt::format("answers-{}.csv", argv[3]), std::atoi(argv[3]));
        write_yaml_files(fs::path(argv[2]) / fmt::format("yaml-{}", argv[3]), std::atoi(argv[3]));
        return 0;
    }
    const std::string binary = fs::absolute(argv[1]).string();
    const std::vector<std::string> flags(argv + 2, argv + argc);
    const bool quick = std::find(flags.begin(), flags.end(), "--quick") != flags.end();
    const bool million = std::find(flags.begin(), flags.end(), "--million") != flags.end();
    const bool yaml_only = std::find(flags.begin(), flags.end(), "--yaml") != flags.end();
    const auto against_flag = std::find(flags.begin(), flags.end(), "--against");
    const std::string against = against_flag != flags.end() && against_flag + 1 != flags.end()
                                    ? fs::absolute(*(against_flag + 1)).string()
                                    : std::string();
    const std::string lower_bound = (fs::absolute(argv[0]).parent_path() / "parse_and_sum").string();
    const std::string scorer_py = std::string(READINESS_SOURCE_DIR) + "/bench/score.py";
    const int repeats = quick ? 1 : 3;
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
    const auto report = [&](const fs::path& input, const std::string& format) {
        return std::vector<std::string>{binary,     "-c",  checklist_path.string(), "report", input.string(),
                                        "--format", format};
    };
    const auto csv_of = [&](int rows) {
        const fs::path csv = dir / fmt::format("answers-{}.csv", rows);
        if (!fs::exists(csv)) {
            write_csv(csv, rows);
        }
        return csv;
    };

    if (yaml_only) {
        time_yaml_and_start_up(binary, against, checklist_path, dir, quick, repeats);
        fs::remove_all(dir);
        return 0;
    }
    fmt::print(
        "Best of {} runs each (wall and CPU = user + system of the process); ratios of runs side by side in "
        "this run.\n\n",
        repeats);
    fmt::print("{:<26}{:>8}{:>8}{:>9}{:>11}{:>11}{:>11}{:>8}{:>8}\n", "report --format json", "wall s",
               "cpu s", "peak MiB", "in-proc s", "bound wall", "bound cpu", "x wall", "x cpu");
    Run run_100k;
    for (int rows : quick ? std::vector<int>{1000, 10000} : std::vector<int>{1000, 10000, 100000}) {
        const fs::path csv = csv_of(rows);
        const Run r = best_of(repeats, report(csv, "json"));
        const Run bound = best_of(repeats, {lower_bound, csv.string()});
        const double scoring = score_csv_in_process(load.checklist, csv);
        run_100k = r;
        fmt::print("{:<26}{:>8.3f}{:>8.3f}{:>9.1f}{:>11.3f}{:>11.3f}{:>11.3f}{:>7.2f}x{:>7.2f}x{}\n",
                   fmt::format("CSV, {} respondents", rows), r.seconds, r.cpu, r.peak_mib, scoring,
                   bound.seconds, bound.cpu, r.seconds / bound.seconds, r.cpu / bound.cpu,
                   exit_note(r) + exit_note(bound));
    }

    // Peers on 20,000 respondents: the plain Python scorer, pandas and DuckDB where installed.
    const fs::path csv_20k = csv_of(20000);
    const Run ours = best_of(repeats, report(csv_20k, "json"));
    fmt::print("\n{:<34}{:>8}{:>8}{:>20}\n", "20,000 respondents", "wall s", "cpu s", "readiness faster");
    fmt::print("{:<34}{:>8.3f}{:>8.3f}\n", "readiness report --format json", ours.seconds, ours.cpu);
    const auto peer = [&](const std::string& name, const Run& r) {
        fmt::print("{:<34}{:>8.3f}{:>8.3f}{:>8.1f}x wall{:>5.1f}x cpu{}\n", name, r.seconds, r.cpu,
                   r.seconds / ours.seconds, r.cpu / ours.cpu, exit_note(r));
    };
    const std::string python = python_with("yaml");
    peer("Python (bench/score.py)", best_of(1, {python.empty() ? "python3" : python, scorer_py,
                                                checklist_path.string(), csv_20k.string()}));
    if (const std::string with_pandas = python_with("pandas"); !with_pandas.empty()) {
        peer("pandas (score.py --pandas)",
             best_of(1, {with_pandas, scorer_py, checklist_path.string(), csv_20k.string(), "--pandas"}));
    } else {
        fmt::print("{:<34}{:>8}\n", "pandas", "not installed");
    }
    // DuckDB has no Debian package and its Python registry is out of reach here: recorded as such.
    fmt::print("{:<34}{:>8}\n", "DuckDB",
               python_with("duckdb").empty() ? "not installed" : "installed, no runner yet");

    if (million) {
        const fs::path csv_1m = csv_of(1000000);
        fmt::print("\n{:<34}{:>8}{:>8}{:>10}{:>16}\n", "1,000,000 respondents", "wall s", "cpu s", "peak MiB",
                   "cpu / cpu(100k)");
        for (const char* format : {"json", "text", "markdown", "html", "csv"}) {
            const Run r = best_of(1, report(csv_1m, format));
            fmt::print("{:<34}{:>8.2f}{:>8.2f}{:>10.1f}{:>16.1f}{}\n",
                       fmt::format("report --format {}", format), r.seconds, r.cpu, r.peak_mib,
                       r.cpu / run_100k.cpu, exit_note(r));
        }
    }

    time_yaml_and_start_up(binary, against, checklist_path, dir, quick, repeats);
    fs::remove_all(dir);
    return 0;
}
