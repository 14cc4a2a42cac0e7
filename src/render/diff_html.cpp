#include "diff_formats.hpp"
#include "diff_parts.hpp"
#include "html_chart_style.hpp"
#include "html_escape.hpp"
#include "html_format.hpp"
#include "html_style.hpp"
#include "html_svg_bars.hpp"
#include "score_format.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

using html::escape_html;

std::string table_html(std::string_view caption, const std::vector<const ScoreChange*>& changes,
                       const std::vector<std::string>& what) {
    std::string out =
        fmt::format("<div class=\"table-wrap\">\n<table>\n<caption>{}</caption>\n<thead><tr><th "
                    "scope=\"col\"></th><th scope=\"col\" class=\"num\">Before</th><th scope=\"col\" "
                    "class=\"num\">After</th><th scope=\"col\" class=\"num\">Change</th><th "
                    "scope=\"col\">Level</th></tr></thead>\n<tbody>\n",
                    escape_html(caption));
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const ScoreChange& c = *changes[i];
        out +=
            fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
                        "class=\"num\">{}</td><td>{}</td></tr>\n",
                        escape_html(c.name), escape_html(score_text(c.before)),
                        escape_html(score_text(c.after)), escape_html(what[i]), escape_html(level_move(c)));
    }
    return out + "</tbody>\n</table>\n</div>\n";
}

std::string scores_section(std::string_view id, std::string_view heading,
                           const std::vector<const ScoreChange*>& changes,
                           const std::vector<std::string>& what, bool with_bars) {
    std::string out = html::section_open_html(id, heading);
    if (with_bars) {
        std::vector<html::BarPair> rows;
        for (const ScoreChange* c : changes) {
            rows.push_back({c->name, c->before, c->after});
        }
        out += fmt::format("<figure class=\"card\">\n{}</figure>\n",
                           html::before_after_bars_svg(fmt::format("bars-{}", id),
                                                       fmt::format("{}: scores before and after", heading),
                                                       rows));
    }
    return out + table_html(fmt::format("{}: before, after and change", heading), changes, what) +
           "</section>\n";
}

std::string pairs_html(const std::vector<PairRef>& pairs) {
    return escape_html(pair_list(pairs));
}

} // namespace

std::string render_diff_html(const ReportDiff& diff) {
    std::string out =
        fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>Readiness: what moved — {}</title>\n<style>{}{}</style>\n</head>\n<body>\n",
                    escape_html(diff.checklist), html::html_style(), html::chart_style());
    out += fmt::format(
        "<header class=\"masthead\">\n<p class=\"kicker\">Readiness diff</p>\n<h1>What moved</h1>\n"
        "<p><strong>Overall</strong> {} → {} ({}) {}</p>\n<p class=\"rule\">{}</p>\n",
        escape_html(score_text(diff.overall.before)), escape_html(score_text(diff.overall.after)),
        escape_html(signed_change(diff.overall)), escape_html(level_move(diff.overall)),
        escape_html(comparison_note(diff)));
    if (!diff.same_checklist) {
        out += "<p class=\"rule\">The two reports use different checklists; only ids they share are "
               "compared.</p>\n";
    }
    out += "</header>\n<main>\n";
    std::vector<const ScoreChange*> departments;
    std::vector<std::string> department_what;
    for (const auto& d : diff.departments) {
        departments.push_back(&d.score);
        department_what.push_back(department_change(d));
    }
    out += scores_section("departments", "Departments", departments, department_what, true);
    for (const auto& [id, heading, changes, bars] :
         {std::tuple{"dimensions", "Dimensions", &diff.dimensions, true},
          std::tuple{"groups", "Groups", &diff.groups, false}}) {
        std::vector<const ScoreChange*> list;
        std::vector<std::string> what;
        for (const auto& c : *changes) {
            list.push_back(&c);
            what.push_back(signed_change(c));
        }
        out += scores_section(id, heading, list, what, bars);
    }
    out += html::section_open_html(
        "moved", fmt::format("Questions that moved ({}), regressions first", diff.moved.size()));
    if (diff.moved.empty()) {
        out += "<p>None.</p>\n";
    } else {
        out += "<ul>\n";
        for (const auto& c : diff.moved) {
            out += fmt::format("<li>{}</li>\n", escape_html(moved_text(c)));
        }
        out += "</ul>\n";
    }
    out += fmt::format(
        "<dl class=\"facts\">\n<dt>Gaps closed</dt><dd>{}</dd>\n<dt>Gaps opened</dt><dd>{}</dd>\n"
        "<dt>New blockers</dt><dd>{}</dd>\n<dt>Blockers resolved</dt><dd>{}</dd>\n</dl>\n</section>\n",
        pairs_html(diff.gaps_closed), pairs_html(diff.gaps_opened), pairs_html(diff.blockers_new),
        pairs_html(diff.blockers_resolved));
    return out + "</main>\n<footer>Compared with readiness diff.</footer>\n</body>\n</html>\n";
}

} // namespace readiness::render
