#include "readiness/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <vector>

namespace readiness {

namespace {

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

} // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Three rows of the dynamic-programming table are enough for adjacent transpositions.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1])) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t longer = std::max(a.size(), b.size());
    if (longer - std::min(a.size(), b.size()) > limit) {
        return limit + 1; // every extra character costs one edit
    }
    // Only the band of cells within `limit` of the diagonal can stay within the limit.
    constexpr std::size_t k_far = std::numeric_limits<std::size_t>::max() / 2;
    std::vector<std::size_t> before(b.size() + 1, k_far), previous(b.size() + 1, k_far),
        current(b.size() + 1, k_far);
    for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t from = i > limit ? i - limit : 1;
        const std::size_t to = std::min(b.size(), i + limit);
        std::fill(current.begin(), current.end(), k_far);
        current[0] = i <= limit ? i : k_far;
        std::size_t row_best = current[0];
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1])) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
            row_best = std::min(row_best, current[j]);
        }
        if (row_best > limit) {
            return limit + 1;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

std::optional<std::string> closest_match(std::string_view word, std::span<const std::string> candidates) {
    // A quarter of the word's length, at least one edit and at most three: "polcy" finds "policy",
    // "x" finds nothing.
    const std::size_t allowed = std::clamp<std::size_t>(word.size() / 4, 1, 3);
    std::optional<std::string> best;
    std::size_t best_distance = allowed + 1;
    for (const auto& candidate : candidates) {
        const std::size_t distance = edit_distance_within(word, candidate, best_distance - 1);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
            if (distance == 0) {
                break;
            }
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
    if (auto match = closest_match(word, candidates)) {
        return fmt::format(" (did you mean '{}'?)", *match);
    }
    return {};
}

} // namespace readiness
