#include "readiness/report.hpp"

namespace readiness {

std::uint32_t RespondentList::intern(std::string_view text, std::uint32_t& last) {
    if (last != k_none && m_strings[last] == text) {
        return last;
    }
    const auto [found, added] =
        m_string_ids.try_emplace(std::string(text), static_cast<std::uint32_t>(m_strings.size()));
    if (added) {
        m_strings.emplace_back(text);
    }
    last = found->second;
    return last;
}

void RespondentList::add(std::string_view name, std::string_view department, std::string_view role,
                         std::string_view file, int line, int column) {
    Entry entry;
    entry.name_offset = m_names.size();
    entry.name_size = static_cast<std::uint32_t>(name.size());
    m_names.append(name);
    entry.department = intern(department, m_last_department);
    entry.role = intern(role, m_last_role);
    entry.file = intern(file, m_last_file);
    entry.line = line;
    entry.column = column;
    m_entries.push_back(entry);
}

void RespondentList::push_back(const RespondentSummary& respondent) {
    add(respondent.name, respondent.department, respondent.role, respondent.source, 0, 0);
}

RespondentList::View RespondentList::view(std::size_t i) const {
    const Entry& entry = m_entries[i];
    return {std::string_view(m_names).substr(entry.name_offset, entry.name_size),
            m_strings[entry.department],
            m_strings[entry.role],
            m_strings[entry.file],
            entry.line,
            entry.column};
}

RespondentSummary RespondentList::operator[](std::size_t i) const {
    const View v = view(i);
    std::string source;
    append_location(source, v.file, v.line, v.column);
    return {std::string(v.name), std::string(v.department), std::string(v.role), std::move(source)};
}

} // namespace readiness
