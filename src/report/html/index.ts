/**
 * The findings explorer: one self-contained HTML file (`--format html`). The shell below is
 * static; the report travels as JSON in a `<script type="application/json">` block and one inline
 * script draws the home view and the explorer from it with DOM APIs. A Content-Security-Policy
 * allows exactly that script and style (by hash) and nothing else: no network, no other script.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../../model/index.js';
import type { Reporter } from '../reporter.js';
import { buildPageData } from './data.js';
import { markScore } from '../incomplete.js';
import { embedJson, escapeHtml } from './escape.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';

const FILTER_LABELS: [string, string][] = [
  ['framework', 'Framework'],
  ['requirement', 'Requirement'],
  ['control', 'Control'],
  ['severity', 'Severity'],
  ['check', 'Check'],
  ['type', 'Resource type'],
  ['format', 'Source format'],
  ['file', 'File'],
  ['status', 'Status'],
];

const COLUMNS: [string, string][] = [
  ['col-sev', 'Severity'],
  // what is wrong first (the message names the resource); the check, whose title states the compliant condition, second
  ['col-title', 'Finding'],
  ['col-check', 'Check'],
  ['col-resource', 'Resource'],
  ['col-type', 'Type'],
  ['col-loc', 'Location'],
  ['col-status', 'Status'],
];

export function renderHtml(report: Report): string {
  const data = buildPageData(report);
  const title = `${data.tool.name}: posture score ${markScore(data.score.percent, report)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(`${data.tool.name} ${data.tool.version}`)}</h1>
<nav aria-label="Views"><a id="nav-home" href="#view=home">Overview</a><a id="nav-findings" href="#view=findings">Findings (${data.findings.length.toLocaleString('en-US')})</a></nav>
<p class="meta">Scan started ${escapeHtml(data.startedAt)}</p>
</header>
<main>
${data.incomplete === undefined ? '' : `<p class="banner" id="incomplete" role="alert">${escapeHtml(data.incomplete)}</p>\n`}<noscript><p>This report draws itself with JavaScript. Allow scripts for this file, or use <code>--format json</code> for the same data.</p></noscript>
<section id="home" aria-label="Overview"></section>
<section id="explorer" aria-label="Findings" hidden>
${renderFilters()}
${renderTable()}
</section>
</main>
<aside id="detail" aria-labelledby="detail-title" hidden></aside>
<script type="application/json" id="posture-data">${embedJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export const htmlReporter: Reporter = { format: 'html', render: renderHtml };

function renderFilters(): string {
  const selects = FILTER_LABELS.map(([key, label]) => `<label>${label}<select id="f-${key}" name="${key}"></select></label>`);
  return `<form class="filters" id="filters" role="search" aria-label="Filter findings">
<label class="search">Search (check, title, message, resource, file, fingerprint)<input id="f-q" name="q" type="search" autocomplete="off"></label>
${selects.join('\n')}
</form>
<div class="resultbar"><p id="result-count" role="status"></p><button type="button" id="clear-filters">Clear filters</button></div>`;
}

function renderTable(): string {
  const head = COLUMNS.map(([cls, label]) => `<th scope="col" class="${cls}">${label}</th>`).join('');
  return `<div class="scroller" id="scroller">
<table id="findings-table" aria-label="Findings (Enter opens one, arrow keys move)">
<thead><tr aria-rowindex="1">${head}</tr></thead>
<tbody id="rows"></tbody>
</table>
<p id="no-results" class="empty" hidden>No finding matches these filters.</p>
</div>`;
}

/** Only this page's own script and style run; nothing is fetched, framed or submitted. */
function contentSecurityPolicy(): string {
  const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return [
    "default-src 'none'",
    `script-src ${hash(SCRIPT)}`,
    `style-src ${hash(STYLES)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
