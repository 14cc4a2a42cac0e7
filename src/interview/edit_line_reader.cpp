#include "interview/interview_io.hpp"
#include "interview/libedit.hpp"
#include "interview/line_reader.hpp"

#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstring>
#include <cwchar>
#include <langinfo.h>
#include <poll.h>
#include <unistd.h>

namespace readiness::interview {

namespace {

constexpr int k_history_size = 200;
constexpr std::string_view k_replacement = "\xEF\xBF\xBD"; // U+FFFD, in UTF-8

// libedit at a terminal. It reads the keys through read_key, which waits with the interruption signals let
// through (as the pipe reader does), so Ctrl-C, SIGTERM and SIGHUP end the wait; libedit's own signal
// handling is off. Characters are decoded as UTF-8 whatever the locale, so a byte that is not UTF-8 is
// given back as it came, for the caller to refuse.
class EditLineReader final : public LineReader {
public:
    // `edit` is libedit, loaded.
    EditLineReader(const LibEdit& edit, const sigset_t& wait_mask,
                   const volatile std::sig_atomic_t& interrupted)
        : m_edit(edit), m_wait_mask(wait_mask), m_interrupted(interrupted) {
        if (const char* locale = std::setlocale(LC_CTYPE, nullptr)) {
            m_old_locale = locale;
        }
        if (std::setlocale(LC_CTYPE, "") == nullptr || std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
            std::setlocale(LC_CTYPE, "C.UTF-8");
        }
        m_history = m_edit.history_init();
        HistEvent event;
        m_edit.history(m_history, &event, H_SETSIZE, k_history_size);
        m_edit.history(m_history, &event, H_SETUNIQUE, 1);
        m_editor = m_edit.el_init("readiness", stdin, stdout, stderr);
        if (m_editor == nullptr) {
            return;
        }
        m_edit.el_set(m_editor, EL_CLIENTDATA, this);
        m_edit.el_set(m_editor, EL_EDITOR, "emacs");
        m_edit.el_set(m_editor, EL_SIGNAL, 0);
        m_edit.el_set(m_editor, EL_HIST, m_edit.history, m_history);
        m_edit.el_set(m_editor, EL_PROMPT, &EditLineReader::prompt_of);
        m_edit.el_set(m_editor, EL_GETCFN, &EditLineReader::read_key);
    }

    ~EditLineReader() override {
        if (m_editor != nullptr) {
            m_edit.el_end(m_editor);
        }
        m_edit.history_end(m_history);
        std::setlocale(LC_CTYPE, m_old_locale.c_str());
    }

    EditLineReader(const EditLineReader&) = delete;
    EditLineReader& operator=(const EditLineReader&) = delete;

    bool ready() const { return m_editor != nullptr; }

    std::optional<std::string> read_line(std::string_view prompt) override {
        if (m_interrupted != 0) {
            return std::nullopt;
        }
        m_prompt = std::string(prompt);
        m_invalid.reset();
        int count = 0;
        const char* typed = m_edit.el_gets(m_editor, &count);
        if (typed == nullptr || m_interrupted != 0) {
            return std::nullopt; // Ctrl-D on an empty line, a closed terminal, or a signal
        }
        std::string line(typed, static_cast<std::size_t>(count));
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
            line.pop_back();
        }
        if (line.size() > k_max_line_bytes) {
            return std::string(k_max_line_bytes + 1, '?'); // too long: refused by the caller
        }
        if (m_invalid) {
            const auto at = line.find(k_replacement);
            if (at != std::string::npos) {
                line.replace(at, k_replacement.size(), 1, static_cast<char>(*m_invalid));
            }
            return line; // refused by the caller, so not kept in the history
        }
        if (!line.empty()) {
            HistEvent event;
            m_edit.history(m_history, &event, H_ENTER, line.c_str());
        }
        return line;
    }

private:
    static char* prompt_of(EditLine* editor) {
        void* data = nullptr;
        libedit()->el_get(editor, EL_CLIENTDATA, &data); // loaded: an editor exists
        return static_cast<EditLineReader*>(data)->m_prompt.data();
    }

    static int read_key(EditLine* editor, wchar_t* key) {
        void* data = nullptr;
        libedit()->el_get(editor, EL_CLIENTDATA, &data); // loaded: an editor exists
        return static_cast<EditLineReader*>(data)->next_key(key);
    }

    // One character typed: 1, or 0 at the end of input, or -1 on interruption or error.
    int next_key(wchar_t* key) {
        std::mbstate_t state{};
        while (true) {
            if (m_interrupted != 0) {
                return -1;
            }
            struct pollfd input {
                STDIN_FILENO, POLLIN, 0
            };
            if (ppoll(&input, 1, nullptr, &m_wait_mask) < 0) {
                if (errno == EINTR) {
                    continue;
                }
                return -1;
            }
            unsigned char byte = 0;
            const ssize_t count = ::read(STDIN_FILENO, &byte, 1);
            if (count == 0) {
                return 0;
            }
            if (count < 0) {
                if (errno == EINTR || errno == EAGAIN) {
                    continue;
                }
                return -1; // a closed terminal (EIO)
            }
            wchar_t decoded = 0;
            const char as_char = static_cast<char>(byte);
            const std::size_t used = std::mbrtowc(&decoded, &as_char, 1, &state);
            if (used == static_cast<std::size_t>(-2)) {
                continue; // more bytes of the character to come
            }
            if (used == static_cast<std::size_t>(-1)) {
                if (!m_invalid) {
                    m_invalid = byte;
                }
                *key = L'\uFFFD';
                return 1;
            }
            *key = decoded;
            return 1;
        }
    }

    const LibEdit& m_edit;
    sigset_t m_wait_mask;
    const volatile std::sig_atomic_t& m_interrupted;
    std::string m_old_locale = "C";
    std::string m_prompt;
    std::optional<unsigned char> m_invalid; // the first byte of the line that is not UTF-8
    History* m_history = nullptr;
    EditLine* m_editor = nullptr;
};

} // namespace

std::unique_ptr<LineReader> make_edit_reader(const sigset_t& wait_mask,
                                             const volatile std::sig_atomic_t& interrupted) {
    const LibEdit* edit = libedit();
    if (edit == nullptr) {
        return nullptr;
    }
    auto reader = std::make_unique<EditLineReader>(*edit, wait_mask, interrupted);
    if (!reader->ready()) {
        return nullptr;
    }
    return reader;
}

} // namespace readiness::interview
