#pragma once

#include "readiness/response.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace readiness {

// Responses copied out of a reader's buffer, so that they outlive it: another thread can score them while
// the reader goes on. Keeps its capacity across clear(), so a reused batch allocates nothing.
class ResponseBatch {
public:
    void add(const Response& response); // copies every cell, choice and string it views
    std::size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }
    std::size_t text_bytes() const { return m_text.size(); } // the strings kept, in bytes
    void clear();

    // Makes `out` the i-th response added, as it was: its views point into this batch.
    void load(std::size_t i, Response& out) const;

private:
    struct Text {
        std::uint32_t offset = 0;
        std::uint32_t size = 0;
    };
    struct Row {
        std::size_t first_cell = 0;
        std::size_t cell_count = 0;
        std::size_t first_choice = 0;
        std::size_t choice_count = 0;
        std::size_t first_text = 0; // the response's texts, kept
        std::size_t text_count = 0;
        Text file, name, department, role, organisation, date;
        int line = 0;
        int column = 0;
    };

    Text keep(std::string_view text);
    std::string_view view(Text text) const { return {m_text.data() + text.offset, text.size}; }

    std::vector<Row> m_rows;
    std::vector<ResponseCell> m_cells;
    std::vector<Text> m_texts;
    std::vector<std::uint16_t> m_choices;
    std::string m_text;
};

} // namespace readiness
