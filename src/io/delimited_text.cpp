#include "delimited_text.hpp"

namespace readiness::io {

char sniff_delimiter(std::string_view text) {
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    std::size_t tabs = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted) {
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (tabs > commas && tabs >= semicolons) {
        return '\t';
    }
    return semicolons > commas ? ';' : ',';
}

std::vector<TextRecord> split_records(std::string_view text, char delimiter, std::string& error) {
    std::vector<TextRecord> records;
    TextRecord record;
    std::string field;
    bool quoted = false;
    bool any = false;
    int line = 1;
    const auto end_record = [&] {
        record.fields.push_back(std::move(field));
        field.clear();
        if (record.fields.size() > 1 || !record.fields.front().empty() || any) {
            records.push_back(std::move(record));
        }
        record = TextRecord{};
        any = false;
    };
    record.line = line;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                line += c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == delimiter) {
            record.fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
            end_record();
            record.line = ++line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        error = "a quoted cell is not closed";
    }
    if (!field.empty() || !record.fields.empty() || any) {
        end_record();
    }
    return records;
}

} // namespace readiness::io
