/** The explorer's stylesheet: system fonts only (nothing fetched), light and dark, laptop and phone widths. */
export const STYLES = String.raw`
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa; --accent: #0969da;
  --critical: #a40e26; --high: #cf222e; --medium: #9a6700; --low: #57606a; --ok: #1a7f37; --row: 2.25rem; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22; --accent: #4493f8;
  --critical: #ff7b72; --high: #f85149; --medium: #d29922; --low: #9da7b3; --ok: #3fb950; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: .5rem; top: .5rem; background: var(--bg); padding: .25rem .5rem; z-index: 10; }
header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1.5rem; padding: .75rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel); }
header.top h1 { font-size: 1.15rem; margin: 0; }
header.top nav a { margin-right: 1rem; font-weight: 600; text-decoration: none; }
header.top nav a[aria-current="page"] { text-decoration: underline; text-underline-offset: .3em; }
.meta { color: var(--muted); font-size: .85rem; }
main { padding: 1rem; max-width: 110rem; margin: 0 auto; }
h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; background: var(--bg); min-width: 0; }
.card h2 { margin-top: 0; }
.big { font-size: 2.4rem; font-weight: 700; line-height: 1.1; }
.big .marker { font-size: .9rem; font-weight: 600; color: var(--high); }
.banner { margin: 0 0 1rem; padding: .6rem 1rem; border: 1px solid var(--high); border-left-width: 6px; border-radius: 6px; font-weight: 600; }
.bar { height: .5rem; background: var(--line); border-radius: 4px; overflow: hidden; margin: .25rem 0 .5rem; }
.bar > span { display: block; height: 100%; background: var(--ok); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
/* a card's table keeps to the card: fixed columns, long names broken inside words only when a word alone is too wide */
.card table { table-layout: fixed; font-size: .9rem; } .card th.num, .card td.num { width: 5.5rem; }
.card.framework th.num, .card.framework td.num { width: 4.75rem; } .card.framework th.num:nth-child(2), .card.framework td.num:nth-child(2) { width: 6.75rem; }
.card th.num, .card td.num { overflow-wrap: normal; }
.card td code { overflow-wrap: anywhere; }
#top-requirements, #top-controls, #diagnostics { table-layout: fixed; } #top-requirements td, #top-controls td, #diagnostics td, #top-requirements th, #top-controls th { overflow-wrap: anywhere; }
.card.framework.idle { opacity: .75; }
/* wide enough for a requirement's name beside its score and failing count */
#frameworks { grid-template-columns: repeat(auto-fill, minmax(min(22rem, 100%), 1fr)); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { font-weight: 700; font-size: .8rem; letter-spacing: .02em; }
.sev-CRITICAL { color: var(--critical); } .sev-HIGH { color: var(--high); } .sev-MEDIUM { color: var(--medium); } .sev-LOW { color: var(--low); }
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(10rem, 100%), 1fr)); gap: .5rem 1rem; margin-bottom: .75rem; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); gap: .15rem; min-width: 0; }
.filters input, .filters select, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .3rem .4rem; min-width: 0; }
button { cursor: pointer; }
.filters .search { grid-column: 1 / -1; }
.resultbar { display: flex; gap: 1rem; align-items: center; margin-bottom: .5rem; }
.scroller { max-height: min(70vh, 48rem); overflow: auto; border: 1px solid var(--line); border-radius: 8px; }
#findings-table { table-layout: fixed; }
#findings-table thead th { position: sticky; top: 0; background: var(--panel); z-index: 1; height: var(--row); }
#findings-table tbody tr.row { height: var(--row); cursor: pointer; }
#findings-table tbody tr.row td { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-bottom: 1px solid var(--line); }
#findings-table tbody tr.row:hover, #findings-table tbody tr.row[aria-current="true"] { background: var(--panel); }
#findings-table tbody tr.spacer td { padding: 0; border: 0; }
th.col-sev { width: 6.5rem; } th.col-check { width: 6.5rem; } th.col-status { width: 7.5rem; } th.col-type { width: 11rem; } th.col-loc { width: 16rem; } th.col-resource { width: 16rem; }
/* cut from the left, so the file name and the resource's last part stay visible: …modules/vpc/main.tf:28 */
#findings-table td.col-loc, #findings-table td.col-resource { direction: rtl; text-align: left; }
#findings-table td .tail { unicode-bidi: isolate; }
.status-suppressed { color: var(--muted); font-style: italic; }
.empty { padding: 1rem; color: var(--muted); }
#detail { position: fixed; top: 0; right: 0; bottom: 0; width: min(40rem, 45vw); overflow: auto; background: var(--bg); border-left: 1px solid var(--line);
  box-shadow: -4px 0 16px rgba(0,0,0,.15); padding: 1rem 1.25rem 2rem; z-index: 5; }
#detail h2 { margin-top: .25rem; font-size: 1.2rem; }
#detail h3 { font-size: .95rem; margin: 1rem 0 .25rem; }
#detail dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .75rem; margin: 0; }
#detail dt { color: var(--muted); } #detail dd { margin: 0; overflow-wrap: anywhere; }
#detail .close { float: right; }
ol.source { margin: 0; padding: .4rem 0 .4rem 4.25em; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow-x: auto;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; line-height: 1.5; }
ol.source li { white-space: pre; padding-right: .75rem; }
ol.source li::marker { color: var(--muted); font-size: .75rem; }
ol.source li code { font-size: 1em; overflow-wrap: normal; }
ol.source li.in-range { background: color-mix(in srgb, var(--accent) 8%, transparent); }
ol.source li.hit { background: color-mix(in srgb, var(--high) 16%, transparent); box-shadow: inset 3px 0 0 var(--high); }
ol.source li.hit::marker { color: var(--high); font-weight: 700; }
ol.source mark { background: none; color: inherit; font-weight: 600; }
details.example { margin: .4rem 0; } details.example summary { cursor: pointer; font-weight: 600; }
details.example pre { margin: .3rem 0 0; padding: .5rem .75rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; font-size: .8rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
ul.plain { margin: 0; padding-left: 1.1rem; }
[hidden] { display: none !important; }
@media (max-width: 1200px) { .col-type { display: none; } }
@media (max-width: 900px) { .col-resource { display: none; } #detail { width: 100%; } }
@media (max-width: 600px) {
  main { padding: .5rem; } .col-check, .col-status { display: none; }
  th.col-loc { width: 8rem; } th.col-sev { width: 4.75rem; } #findings-table .sev { font-size: .7rem; } .big { font-size: 2rem; }
}
@media print { .scroller { height: auto; overflow: visible; } #detail { position: static; width: auto; box-shadow: none; } }
`;
