#include "interview/conversation.hpp"

#include "readiness/diagnostic.hpp"
#include "readiness/escape_controls.hpp"

#include "interview/prompt_text.hpp"
#include "io/text_file.hpp"

#include <fmt/format.h>

namespace readiness::interview {

Conversation::Conversation(InterviewIO& io, std::ostream& out, std::ostream& err, bool quiet,
                           std::string refusal)
    : m_io(io), m_prompts(io.is_terminal() ? &out : (quiet ? nullptr : &err)), m_err(err),
      m_refusal(std::move(refusal)) {}

void Conversation::show(std::string_view text) {
    if (m_prompts) {
        *m_prompts << (scripted() ? std::string(text) : wrap_text(text, m_io.columns()));
    }
}

bool Conversation::may_prompt() {
    if (m_refusal.empty()) {
        return true;
    }
    if (!m_refused) {
        error(m_refusal);
        m_refused = true;
    }
    return false;
}

std::optional<std::string> Conversation::ask(std::string_view prompt) {
    while (true) {
        if (!may_prompt()) {
            return std::nullopt;
        }
        if (m_prompts && m_io.edits_lines()) {
            m_prompts->flush();
            m_io.set_prompt(prompt); // the line editor shows it, to redraw the line around it
        } else {
            show(prompt);
            if (m_prompts) {
                m_prompts->flush();
            }
        }
        auto line = m_io.read_line();
        if (!line) {
            show("\n");
            return std::nullopt;
        }
        ++m_lines;
        const std::string refusal = unusable(*line);
        if (refusal.empty()) {
            if (scripted()) {
                show(*line + "\n");
            }
            return line;
        }
        if (scripted()) {
            show("\n");
        }
        if (reject_line(refusal)) {
            m_stopped = true;
            return std::nullopt;
        }
    }
}

std::string Conversation::unusable(std::string_view line) {
    if (line.size() > k_max_line_bytes) {
        return fmt::format("the line is longer than {} KiB; type a shorter one", k_max_line_bytes / 1024);
    }
    if (const auto bad = io::first_invalid_utf8(line)) {
        return fmt::format("the line is not UTF-8 text (byte 0x{:02X} at column {}); set the terminal to "
                           "UTF-8 and type it again",
                           static_cast<unsigned char>(line[*bad]), *bad + 1);
    }
    return {};
}

bool Conversation::reject_line(std::string_view reason) {
    if (scripted()) {
        tell(format_diagnostic(
            {Severity::error, {"<stdin>", static_cast<int>(m_lines), 0}, std::string(reason)}));
        return true;
    }
    show(fmt::format("  {}\n", reason));
    return false;
}

void Conversation::error(std::string_view message) {
    m_err << "readiness: error: " << escape_controls(message, 4 * k_max_shown_bytes) << '\n';
}

void Conversation::tell(std::string_view message) {
    m_err << message << '\n';
}

} // namespace readiness::interview
