#pragma once

#include "object_reader.hpp"

#include <array>

// The keys each object of an answer file may have. checklists/schema/answers.schema.json states the same;
// a test keeps the two in agreement.
namespace readiness::io::answer_keys {

inline constexpr std::array answers{KeySpec{"checklist", true},     KeySpec{"checklist_version", false},
                                    KeySpec{"organisation", false}, KeySpec{"date", false},
                                    KeySpec{"respondent", true},    KeySpec{"answers", true}};

inline constexpr std::array respondent{KeySpec{"name", true}, KeySpec{"department", true},
                                       KeySpec{"role", false}};

inline constexpr std::array answer{KeySpec{"value", false}, KeySpec{"note", false}};

} // namespace readiness::io::answer_keys
