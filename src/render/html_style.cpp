#include "html_style.hpp"

#include "level_palette.hpp"

#include <fmt/format.h>

namespace readiness::render::html {

std::string_view html_style() {
    return R"css(
:root { --ink: #1d232b; --muted: #5b6570; --line: #d5dae0; --soft: #f4f6f8; --accent: #1f5fa8;
  --lvn: #eceef0; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.45;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main, header.masthead, nav.toc { max-width: 1120px; margin: 0 auto; padding: 0 16px; }
header.masthead { padding-top: 24px; padding-bottom: 8px; border-bottom: 3px solid var(--accent); }
.kicker { margin: 0; color: var(--accent); font-weight: 600; text-transform: uppercase; letter-spacing: .06em;
  font-size: .8rem; }
h1 { margin: .2em 0 .4em; font-size: 1.9rem; line-height: 1.2; }
h2 { margin: 1.8em 0 .5em; font-size: 1.4rem; border-bottom: 1px solid var(--line); padding-bottom: .2em; }
h3 { margin: 1.2em 0 .4em; font-size: 1.1rem; }
h4 { margin: 0 0 .4em; font-size: 1rem; font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 12px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
nav.toc { display: flex; flex-wrap: wrap; gap: 4px 14px; padding-top: 8px; padding-bottom: 8px; font-size: .9rem; }
nav.toc a { color: var(--accent); white-space: nowrap; text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
p, li { overflow-wrap: break-word; }
.muted, .id { color: var(--muted); }
.id { font-size: .8rem; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.summary { display: flex; flex-wrap: wrap; gap: 16px; align-items: stretch; }
.summary .card { flex: 1 1 240px; }
.headline { font-size: 3rem; font-weight: 700; line-height: 1; margin: .1em 0; }
.headline small { font-size: 1rem; font-weight: 400; color: var(--muted); }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; background: #fff; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 460px), 1fr)); gap: 16px; }
figure.card { margin: 0; }
.card > h3:first-child { margin-top: 0; }
figcaption h3 { margin: 0; }
.score-line { margin: .2em 0 .4em; }
.big { font-size: 1.6rem; font-weight: 700; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: .8rem; font-weight: 600;
  border: 1px solid rgba(0, 0, 0, .15); white-space: nowrap; }
.badge.blocker { background: #b3261e; color: #fff; border-color: #b3261e; }
.badge.pass { background: var(--lv3); }
.badge.fail { background: var(--lv0); }
.lv0 { background: var(--lv0); } .lv1 { background: var(--lv1); } .lv2 { background: var(--lv2); }
.lv3 { background: var(--lv3); } .lvn { background: var(--lvn); color: var(--muted); }
svg.radar { display: block; width: 100%; height: auto; max-width: 520px; margin: 0 auto; overflow: visible; }
svg.radar .ring { fill: none; stroke: #c9ced4; stroke-width: 1; }
svg.radar .spoke { stroke: #c9ced4; stroke-width: 1; }
svg.radar .spoke.nodata { stroke: #b3261e; stroke-dasharray: 4 3; }
svg.radar .tick { font-size: 10px; fill: #8a939c; }
svg.radar .area { fill: rgba(31, 95, 168, .22); stroke: #1f5fa8; stroke-width: 2; stroke-linejoin: round; }
svg.radar .dot { fill: #1f5fa8; }
svg.radar .label { font-size: 15px; fill: var(--ink); }
svg.radar .value { font-weight: 700; }
svg.radar .value.nodata { font-weight: 400; font-style: italic; fill: #b3261e; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 8px 0 16px; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; color: var(--muted); font-size: .85rem; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
th[scope="row"] { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.compact { font-size: .88rem; }
table.compact th[scope="row"] { font-weight: 400; }
table.compact th.sub { padding-left: 20px; }
table.compact tr.group th { font-weight: 600; }
tr.group th, tr.group td { border-top: 2px solid #aab2bb; }
table.heatmap { width: auto; min-width: 100%; font-size: .85rem; }
table.heatmap th, table.heatmap td { padding: 4px 6px; }
table.heatmap td.num { text-align: center; vertical-align: middle; min-width: 3.6em; }
table.heatmap thead th { font-size: .8rem; vertical-align: bottom; }
table.heatmap th.group { text-align: center; }
table.heatmap tbody th, table.heatmap tfoot th { position: sticky; left: 0; background: #fff; z-index: 1; }
table.heatmap tfoot th, table.heatmap tfoot td { border-top: 2px solid #8a939c; font-weight: 700; }
table.gaps td.advice { min-width: 16em; }
table.gaps td:nth-child(2) { min-width: 14em; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain li + li { margin-top: 4px; }
ul.scores { min-width: 13em; }
ul.scores li { display: flex; justify-content: space-between; gap: 8px; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: .88rem; }
.swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid rgba(0, 0, 0, .2);
  vertical-align: -2px; margin-right: 6px; }
.phase { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: .85rem;
  border: 1px solid; }
.phase-now { color: #b3261e; } .phase-next { color: #8a5a00; } .phase-later { color: #2d6a2d; }
.roadmap { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr)); gap: 16px; }
.roadmap h3 { margin-top: 0; }
.roadmap ol { padding-left: 1.3em; margin: 0; }
.roadmap li { margin-bottom: .5em; }
.rule { border-left: 4px solid var(--accent); padding: 6px 12px; background: var(--soft); }
.lede { font-size: 1.1rem; margin-top: 0; }
.summary .findings { flex: 3 1 420px; }
.summary .findings ul { padding-left: 1.2em; }
.summary .findings li + li { margin-top: 4px; }
ol.first-actions li + li, ol.actions li + li { margin-top: 6px; }
ol.actions { padding-left: 2em; }
ol.actions .advice { margin: 2px 0 0; font-size: .92rem; }
h3.phase-heading { margin-top: 1.6em; }
.chart-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
svg.chart { display: block; width: 100%; height: auto; font-size: 14px; }
svg.chart.matrix { max-width: 640px; min-width: 600px; margin: 0 auto; font-size: 12px; }
svg.chart.bars { max-width: 450px; min-width: 360px; }
svg.chart .axis, svg.chart .quadrant-label { fill: var(--muted); }
svg.chart .quadrant-label { font-style: italic; }
svg.chart .label { fill: var(--ink); }
svg.chart .value { fill: var(--ink); font-weight: 600; }
svg.chart .value.nodata { fill: #b3261e; font-weight: 400; font-style: italic; }
svg.chart .plot { fill: none; stroke: var(--line); }
svg.chart .grid, svg.chart .quadrant { stroke: var(--line); stroke-dasharray: 3 3; }
svg.chart rect.bar { stroke: rgba(0, 0, 0, .35); stroke-width: .8; }
svg.chart rect.lv0 { fill: var(--lv0); } svg.chart rect.lv1 { fill: var(--lv1); }
svg.chart rect.lv2 { fill: var(--lv2); } svg.chart rect.lv3 { fill: var(--lv3); }
svg.chart rect.lvn { fill: var(--lvn); }
svg.chart .target { stroke: var(--ink); stroke-width: 2.5; }
svg.chart .span { stroke: #8a939c; stroke-width: 2; }
svg.chart circle.leadership, .key.leadership { fill: #1f5fa8; color: #1f5fa8; }
svg.chart circle.front-line, .key.front-line { fill: #c0570c; color: #c0570c; }
svg.chart .dot circle { stroke: #fff; stroke-width: 1.5; }
svg.chart .dot text { fill: #fff; font-weight: 700; }
svg.chart .dot.phase-now circle { fill: #b3261e; } svg.chart .dot.phase-next circle { fill: #8a5a00; }
svg.chart .dot.phase-later circle { fill: #2d6a2d; }
.multiples { grid-template-columns: repeat(auto-fill, minmax(min(100%, 420px), 1fr)); }
.remarks { margin-bottom: 12px; }
.remarks li { margin-bottom: .4em; }
.who { font-weight: 600; }
.said { white-space: pre-line; }
code.formula { display: block; padding: 8px 12px; background: var(--soft); overflow-x: auto;
  font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9rem; }
footer { max-width: 1120px; margin: 32px auto; padding: 12px 16px; color: var(--muted); font-size: .85rem;
  border-top: 1px solid var(--line); }
@media (max-width: 600px) {
  body { font-size: 15px; }
  h1 { font-size: 1.5rem; }
  .headline { font-size: 2.4rem; }
  th, td { padding: 4px 6px; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dt { margin-top: 4px; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { font-size: 10.5pt; background: none; }
  main, header.masthead, footer { max-width: none; padding: 0; }
  .card, .rule, thead th, code.formula { background: none; box-shadow: none; }
  .card, figure, tr, svg, .legend, .summary { break-inside: avoid; page-break-inside: avoid; }
  table.compact, .roadmap li, .remarks li { break-inside: avoid; page-break-inside: avoid; }
  .roadmap .card, .remarks.card { break-inside: auto; page-break-inside: auto; }
  h2, h3, h4, caption, figcaption { break-after: avoid; page-break-after: avoid; break-inside: avoid;
    page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  table.heatmap { font-size: 8.5pt; }
  table.heatmap td, .swatch, .badge, td.lv0, td.lv1, td.lv2, td.lv3 { -webkit-print-color-adjust: exact;
    print-color-adjust: exact; }
  .cards { grid-template-columns: 1fr 1fr; }
  svg.chart.bars, svg.chart.matrix { min-width: 0; } /* scaled to the page, never scrolled out of sight */
  svg.radar { max-width: 100%; }
  a { color: inherit; text-decoration: none; }
}

/* Handover: the cover (a masthead on screen), the contents, the printed pages (A4 and Letter alike: no
   fixed size, margins that fit both) and the phone. */
nav.toc { display: block; }
nav.toc h2 { position: absolute; width: 1px; height: 1px; margin: 0; padding: 0; border: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; margin: 0; padding: 0; }
.masthead .confidential { display: inline-block; margin: 0 0 10px; padding: 2px 10px; border: 2px solid #b3261e;
  border-radius: 4px; color: #b3261e; font-weight: 700; font-size: .8rem; letter-spacing: .04em; }
.masthead img.logo { display: block; width: auto; height: auto; max-width: min(240px, 60%); max-height: 72px;
  margin: 0 0 12px; }
@media (max-width: 600px) {
  svg.radar .label { font-size: 19px; }
  svg.radar .tick { font-size: 18px; }
}
@media print {
  @page { margin: 18mm 14mm 18mm;
    @top-center { font-size: 8pt; font-weight: 700; color: #b3261e; }
    @bottom-left { font-size: 8pt; color: #5b6570; }
    @bottom-right { font-size: 8pt; color: #5b6570; } }
  header.masthead.cover { display: flex; flex-direction: column; justify-content: center; min-height: 220mm;
    border-bottom: none; break-after: page; page-break-after: always; }
  header.masthead.cover h1 { font-size: 28pt; margin: .3em 0 .8em; }
  header.masthead.cover dl.facts { font-size: 12pt; gap: 6px 20px; }
  .masthead img.logo { max-height: 30mm; max-width: 80mm; }
  .masthead .confidential { align-self: flex-start; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav.toc { max-width: none; padding: 0; break-after: page; page-break-after: always; font-size: 12pt; }
  nav.toc h2 { position: static; width: auto; height: auto; overflow: visible; clip-path: none; margin: 0 0 .6em;
    border-bottom: 1px solid var(--line); }
  nav.toc ol { display: block; list-style: decimal; padding-left: 2.4em; }
  nav.toc li { margin: .35em 0; }
}
)css";
}

std::string level_palette_css() {
    std::string css = ":root {";
    for (std::size_t i = 0; i < k_level_palette.size(); ++i) {
        css += fmt::format(" --lv{}: {};", i, k_level_palette[i].css);
    }
    return css + " }\n";
}

} // namespace readiness::render::html
