// The lower bound `bench_report` compares `readiness report` with: reads the benchmark's CSV, parses every
// cell and accumulates a score sum and count per (question, department), nothing else (no checklist, no
// skip logic, no report). Knows the benchmark's answers: yes/partly/no, a;b;c (multi) and numbers.
//   parse_and_sum FILE.csv   (prints the grand total, so that nothing is optimised away)
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

double cell_score(std::string_view cell) {
    if (cell.empty()) {
        return -1;
    }
    if (cell[0] >= '0' && cell[0] <= '9') {
        double value = 0;
        std::from_chars(cell.data(), cell.data() + cell.size(), value);
        return value <= 1 ? 1 : value <= 4 ? 0.5 : 0;
    }
    double sum = 0;
    std::size_t start = 0;
    while (start < cell.size()) {
        std::size_t end = cell.find(';', start);
        end = end == std::string_view::npos ? cell.size() : end;
        const std::string_view item = cell.substr(start, end - start);
        sum += item == "yes"                ? 1
               : item == "partly"           ? 0.5
               : item == "a" || item == "b" ? 0.5
               : item == "c"                ? 0.25
                                            : 0;
        start = end + 1;
    }
    return sum > 1 ? 1 : sum;
}

struct Sum {
    double total = 0;
    std::size_t count = 0;
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: parse_and_sum FILE.csv\n");
        return 2;
    }
    std::FILE* file = std::fopen(argv[1], "rb");
    if (!file) {
        std::perror(argv[1]);
        return 2;
    }
    std::vector<std::string> departments;
    std::vector<Sum> sums; // question-major: q * departments + d, grown as departments appear
    std::size_t columns = 0;
    bool header = true;
    std::vector<std::string_view> fields;
    std::string buffer(1 << 20, '\0');
    std::size_t kept = 0;
    std::vector<std::vector<Sum>> per_department;
    for (;;) {
        const std::size_t got = std::fread(buffer.data() + kept, 1, buffer.size() - kept, file);
        const std::size_t size = kept + got;
        const char* begin = buffer.data();
        const char* end = begin + size;
        const char* line = begin;
        for (;;) {
            const char* newline =
                static_cast<const char*>(std::memchr(line, '\n', static_cast<std::size_t>(end - line)));
            if (!newline) {
                break;
            }
            fields.clear();
            const char* cell = line;
            for (const char* p = line; p <= newline; ++p) {
                if (p == newline || *p == ',') {
                    fields.emplace_back(cell, static_cast<std::size_t>(p - cell));
                    cell = p + 1;
                }
            }
            line = newline + 1;
            if (header) {
                header = false;
                columns = fields.size();
                continue;
            }
            if (fields.size() != columns) {
                continue;
            }
            std::size_t d = 0;
            while (d < departments.size() && departments[d] != fields[1]) {
                ++d;
            }
            if (d == departments.size()) {
                departments.emplace_back(fields[1]);
                per_department.emplace_back(columns);
            }
            auto& sum = per_department[d];
            for (std::size_t i = 2; i < fields.size(); ++i) {
                const double score = cell_score(fields[i]);
                if (score >= 0) {
                    sum[i].total += score;
                    ++sum[i].count;
                }
            }
        }
        kept = static_cast<std::size_t>(end - line);
        std::memmove(buffer.data(), line, kept);
        if (got == 0) {
            break;
        }
        if (kept == buffer.size()) {
            buffer.resize(buffer.size() * 2);
        }
    }
    std::fclose(file);
    double total = 0;
    std::size_t count = 0;
    for (const auto& department : per_department) {
        for (const auto& sum : department) {
            total += sum.count ? sum.total / static_cast<double>(sum.count) : 0;
            count += sum.count;
        }
    }
    std::printf("%zu answers, %zu departments, sum of pair means %.6f\n", count, departments.size(), total);
    return 0;
}
