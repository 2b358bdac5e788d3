// The HTML report's stylesheet (screen and print). Its SHA-256 is in the page's CSP.
#include "report/html_parts.hpp"

namespace kiemtra::core::html {

const std::string_view kStyle = R"CSS(
:root{--error:#b00020;--warning:#a15c00;--info:#1f5fad;--line:#d5dae1;--muted:#5b6470;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;padding:1.25rem 2rem 3rem;font:15px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1b1f24;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
h3{font-size:1rem;margin:1.25rem 0 .4rem}
code{font:12px/1.3 ui-monospace,"DejaVu Sans Mono",monospace;background:var(--bg);padding:0 .25em;border-radius:3px}
.meta{margin:.15rem 0;color:var(--muted)}
.meta.source{font-size:.85em}
.hint{color:var(--muted);font-size:.9em;margin:.25rem 0 .5rem}
.print-only{display:none}
.cards{display:flex;flex-wrap:wrap;gap:.75rem}
.card{border:1px solid var(--line);border-radius:6px;padding:.5rem .9rem;min-width:8.5rem;display:flex;flex-direction:column;background:var(--bg)}
.card .n{font-size:1.6rem;font-weight:700}
.sev-error,.card.sev-error .n{color:var(--error)}
.sev-warning,.card.sev-warning .n{color:var(--warning)}
.sev-info,.card.sev-info .n{color:var(--info)}
table.grid{border-collapse:collapse;margin:.25rem 0;font-size:.92em}
table.grid th,table.grid td{border:1px solid var(--line);padding:.3rem .55rem;text-align:left;vertical-align:top}
table.grid th{background:var(--bg)}
.num{text-align:right!important;font-variant-numeric:tabular-nums}
.controls{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center;padding:.6rem .8rem;background:var(--bg);border:1px solid var(--line);border-radius:6px;position:sticky;top:0;z-index:2}
.controls input[type=search]{width:22rem;max-width:100%}
.controls select,.controls input,.controls button{font:inherit}
#status{color:var(--muted);margin-left:auto}
ul.tree{list-style:none;margin:.25rem 0;padding-left:1.35rem}
#tree>ul.tree{padding-left:0}
li.node{margin:.1rem 0}
.head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem;padding:.15rem .25rem;border-radius:4px}
.head:hover{background:var(--bg)}
li.node.flash>.head{background:#fff3c4}
.toggle{border:0;background:none;cursor:pointer;width:1.4rem;font-size:.95rem;padding:0;color:var(--muted)}
.toggle:disabled{visibility:hidden}
.name{font-weight:600}
.kind{color:var(--muted);font-size:.85em}
.badge{border-radius:9px;padding:0 .5rem;font-size:.82em;font-weight:600;border:1px solid currentColor}
.own{color:var(--muted);font-size:.8em}
.body{margin-left:1.4rem}
table.findings{border-collapse:collapse;width:100%;margin:.35rem 0 .6rem;font-size:.9em}
table.findings th,table.findings td{border:1px solid var(--line);padding:.25rem .45rem;text-align:left;vertical-align:top}
table.findings th{background:var(--bg)}
table.findings td[class^=sev-]{white-space:nowrap}
td.rule code{white-space:nowrap}
.sub{display:block;color:var(--muted);font-size:.85em}
button.more{margin:.2rem 0 .6rem;font:inherit;cursor:pointer}
.empty{color:var(--muted);font-style:italic;margin:.25rem 0}
.passed{color:#1a7f37}
.chart-defs{position:absolute;width:0;height:0;overflow:hidden}
.charts{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:flex-start}
.charts figure{margin:.5rem 0}
.charts figcaption{font-weight:600;margin-bottom:.25rem}
svg.chart{max-width:100%;height:auto;font-family:inherit}
svg.chart text{fill:#1b1f24}
svg.chart a{cursor:pointer}
svg.chart a:hover text.label,svg.chart a:focus text.label{text-decoration:underline;fill:#0b4f8a}
.mini{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:.25rem 0 .4rem}
@media print{
  @page{size:A4 landscape;margin:12mm}
  body{padding:0;font-size:9.5pt;color:#000}
  .controls,.toggle,button.more,noscript,#status{display:none!important}
  .body{margin-left:1rem}
  #rules-run{break-before:auto}
  .print-only{display:inline}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid}
  .card{background:none}
  thead{display:table-header-group}
  tr,li.node>.head{break-inside:avoid}
  .badge{border-color:#000}
  .charts,figure,svg.chart{break-inside:avoid}
}
)CSS";

}  // namespace kiemtra::core::html
