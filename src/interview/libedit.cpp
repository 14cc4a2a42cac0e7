#include "libedit.hpp"

#include <dlfcn.h>
#include <optional>

namespace readiness::interview {

namespace {

// `name` from `library`, as the type of `target`; false when it is missing.
template <class Function>
bool find(void* library, const char* name, Function& target) {
    void* symbol = ::dlsym(library, name);
    target = reinterpret_cast<Function>(symbol); // NOLINT: dlsym's result is the function's address
    return symbol != nullptr;
}

std::optional<LibEdit> load() {
    void* library = ::dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL); // kept open until the process ends
    if (library == nullptr) {
        return std::nullopt;
    }
    LibEdit functions;
    const bool found =
        find(library, "history_init", functions.history_init) &&
        find(library, "history", functions.history) && find(library, "history_end", functions.history_end) &&
        find(library, "el_init", functions.el_init) && find(library, "el_set", functions.el_set) &&
        find(library, "el_get", functions.el_get) && find(library, "el_gets", functions.el_gets) &&
        find(library, "el_end", functions.el_end);
    if (!found) {
        ::dlclose(library);
        return std::nullopt;
    }
    return functions;
}

} // namespace

const LibEdit* libedit() {
    static const std::optional<LibEdit> loaded = load();
    return loaded ? &*loaded : nullptr;
}

} // namespace readiness::interview
