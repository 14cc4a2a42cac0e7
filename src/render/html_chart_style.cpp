#include "html_chart_style.hpp"

namespace readiness::render::html {

std::string_view chart_style() {
    return R"css(
svg.trend, svg.bars { display: block; width: 100%; height: auto; overflow: visible; }
svg.trend { max-width: 520px; }
svg.bars { max-width: 720px; }
svg .band { fill-opacity: .55; }
svg .band.lv0 { fill: var(--lv0); } svg .band.lv1 { fill: var(--lv1); } svg .band.lv2 { fill: var(--lv2); }
svg .band.lv3 { fill: var(--lv3); } svg .band.lvn { fill: var(--lvn); }
svg .grid { stroke: #c9ced4; stroke-width: 1; }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .axis { font-size: 12px; fill: var(--ink); }
svg .line { fill: none; stroke: var(--accent); stroke-width: 2.5; stroke-linejoin: round; }
svg .dot { fill: var(--accent); }
svg .value { font-size: 11px; font-weight: 700; fill: var(--ink); }
svg .break { stroke: #b3261e; stroke-width: 1.5; stroke-dasharray: 5 4; }
svg .break-label { font-size: 11px; fill: #b3261e; }
svg .label { font-size: 13px; fill: var(--ink); }
svg .bar.before { fill: #8a939c; }
svg .bar.after { fill: var(--accent); }
svg .nodata { font-size: 11px; font-style: italic; fill: var(--muted); }
.swatch.before { background: #8a939c; } .swatch.after { background: var(--accent); }
.trend-row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.trend-row > figure { flex: 1 1 420px; }
.trend-row > .table-wrap { flex: 1 1 320px; }
th.break, td.break { border-left: 3px double #b3261e; }
@media print {
  svg.trend, svg.bars { break-inside: avoid; page-break-inside: avoid; }
  svg .band, svg .bar, .swatch.before, .swatch.after { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";
}

} // namespace readiness::render::html
