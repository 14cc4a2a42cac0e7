#pragma once

// What every fuzz target shares: the bytes as a string, and the built-in checklist answers are read against.
#include "io/checklist_source.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace readiness::fuzz {

inline std::string bytes(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

inline const Checklist& builtin_checklist() {
    static const Checklist checklist = io::load_checklist("").checklist;
    return checklist;
}

} // namespace readiness::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
