#pragma once

#include <histedit.h>

namespace readiness::interview {

// libedit's functions, loaded with dlopen the first time an interview at a terminal needs them: linked
// directly, libedit and the three libraries it brings (libtinfo, libbsd, libmd) were loaded by every
// command, and loading them was a large part of `readiness --version`'s start-up. Declarations and
// constants still come from libedit's header (Debian libedit-dev); at run time libedit.so.2 (libedit2).
struct LibEdit {
    decltype(&::history_init) history_init = nullptr;
    decltype(&::history) history = nullptr;
    decltype(&::history_end) history_end = nullptr;
    decltype(&::el_init) el_init = nullptr;
    decltype(&::el_set) el_set = nullptr;
    decltype(&::el_get) el_get = nullptr;
    decltype(&::el_gets) el_gets = nullptr;
    decltype(&::el_end) el_end = nullptr;
};

// libedit, loaded once; nullptr when it cannot be loaded (the interview then reads plain lines).
const LibEdit* libedit();

} // namespace readiness::interview
