#pragma once

#include "object_reader.hpp"

#include <array>

// The keys each object of a checklist file may have. checklists/schema/checklist.schema.json states the
// same; a test keeps the two in agreement.
namespace readiness::io::checklist_keys {

inline constexpr std::array checklist{
    KeySpec{"id", true},           KeySpec{"title", true},      KeySpec{"version", true},
    KeySpec{"description", false}, KeySpec{"sources", false},   KeySpec{"departments", true},
    KeySpec{"groups", true},       KeySpec{"dimensions", true}, KeySpec{"scales", false},
    KeySpec{"levels", true},       KeySpec{"questions", true},
};

inline constexpr std::array department{KeySpec{"id", true}, KeySpec{"name", true}, KeySpec{"weight", false},
                                       KeySpec{"description", false}, KeySpec{"leadership", false}};

inline constexpr std::array group{KeySpec{"id", true}, KeySpec{"name", true}, KeySpec{"description", false}};

inline constexpr std::array dimension{KeySpec{"id", true}, KeySpec{"name", true}, KeySpec{"group", true},
                                      KeySpec{"description", false}};

inline constexpr std::array option{KeySpec{"value", true}, KeySpec{"label", true}, KeySpec{"score", true}};

inline constexpr std::array level{KeySpec{"id", true}, KeySpec{"label", true}, KeySpec{"min", true},
                                  KeySpec{"description", false}};

inline constexpr std::array question{
    KeySpec{"id", true},           KeySpec{"type", false},           KeySpec{"dimension", true},
    KeySpec{"text", true},         KeySpec{"help", false},           KeySpec{"scale", false},
    KeySpec{"options", false},     KeySpec{"unit", false},           KeySpec{"min", false},
    KeySpec{"max", false},         KeySpec{"bands", false},          KeySpec{"weight", false},
    KeySpec{"departments", false}, KeySpec{"critical", false},       KeySpec{"target", false},
    KeySpec{"effort", false},      KeySpec{"when", false},           KeySpec{"action", false},
    KeySpec{"actions", false},     KeySpec{"recommendation", false}, KeySpec{"recommendations", false},
    KeySpec{"evidence", false},    KeySpec{"references", false},
};

inline constexpr std::array band{KeySpec{"max", false}, KeySpec{"score", true}};

inline constexpr std::array condition{
    KeySpec{"question", false}, KeySpec{"in", false},       KeySpec{"not_in", false},
    KeySpec{"equals", false},   KeySpec{"at_least", false}, KeySpec{"at_most", false},
    KeySpec{"answered", false}, KeySpec{"all", false},      KeySpec{"any", false},
    KeySpec{"not", false},
};

inline constexpr std::array evidence{KeySpec{"file", true}, KeySpec{"contains", false},
                                     KeySpec{"headings", false}, KeySpec{"key", false}};

} // namespace readiness::io::checklist_keys
