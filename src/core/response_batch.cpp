#include "readiness/response_batch.hpp"

namespace readiness {

ResponseBatch::Text ResponseBatch::keep(std::string_view text) {
    const Text kept{static_cast<std::uint32_t>(m_text.size()), static_cast<std::uint32_t>(text.size())};
    m_text.append(text);
    return kept;
}

void ResponseBatch::add(const Response& response) {
    Row row;
    row.first_cell = m_cells.size();
    row.cell_count = response.cells.size();
    row.first_choice = m_choices.size();
    row.choice_count = response.choices.size();
    row.first_text = m_texts.size();
    row.text_count = response.texts.size();
    row.file = keep(response.file);
    row.name = keep(response.name);
    row.department = keep(response.department);
    row.role = keep(response.role);
    row.organisation = keep(response.organisation);
    row.date = keep(response.date);
    row.line = response.line;
    row.column = response.column;
    m_cells.insert(m_cells.end(), response.cells.begin(), response.cells.end());
    m_choices.insert(m_choices.end(), response.choices.begin(), response.choices.end());
    for (const std::string_view text : response.texts) {
        m_texts.push_back(keep(text));
    }
    m_rows.push_back(row);
}

void ResponseBatch::clear() {
    m_rows.clear();
    m_cells.clear();
    m_texts.clear();
    m_choices.clear();
    m_text.clear();
}

void ResponseBatch::load(std::size_t i, Response& out) const {
    const Row& row = m_rows[i];
    const auto cells = m_cells.begin() + static_cast<std::ptrdiff_t>(row.first_cell);
    out.cells.assign(cells, cells + static_cast<std::ptrdiff_t>(row.cell_count));
    const auto choices = m_choices.begin() + static_cast<std::ptrdiff_t>(row.first_choice);
    out.choices.assign(choices, choices + static_cast<std::ptrdiff_t>(row.choice_count));
    out.texts.clear();
    for (std::size_t t = row.first_text; t < row.first_text + row.text_count; ++t) {
        out.texts.push_back(view(m_texts[t]));
    }
    out.file = view(row.file);
    out.name = view(row.name);
    out.department = view(row.department);
    out.role = view(row.role);
    out.organisation = view(row.organisation);
    out.date = view(row.date);
    out.line = row.line;
    out.column = row.column;
}

} // namespace readiness
