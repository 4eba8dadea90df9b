/**
 * Browser code, part 3: the explorer. Filtering is one pass over precomputed fields; the table
 * is virtualised (only the rows in view, plus some overscan, are in the DOM) so 10,000 findings
 * filter and scroll without a pause. Rows use a roving tabindex: Tab enters the table once,
 * arrows move, Enter opens.
 */
export const EXPLORER = String.raw`
var ORDER = FINDINGS.slice().sort(function (a, b) {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.index - b.index;
});
var rows = [];
var active = 0;
var OVERSCAN = 12;

function valuesOf(key, f) {
  switch (key) {
    case 'framework': return f.frameworks;
    case 'requirement': return f.requirements;
    case 'control': return f.controls;
    case 'check': return [f.checkId];
    case 'type': return [f.resourceType];
    case 'file': return [f.path];
    default: return [f[key]];
  }
}

function optionLabel(key, value) {
  var fw, check;
  if (key === 'framework') { fw = DATA.frameworks.filter(function (x) { return x.id === value; })[0]; return fw ? fw.title + ' (' + value + ')' : value; }
  if (key === 'control') { fw = DATA.frameworks.filter(function (x) { return x.id === frameworkOf(value); })[0]; return value + (fw && fw.controls[localId(value)] ? ' ' + fw.controls[localId(value)] : ''); }
  if (key === 'requirement') {
    fw = DATA.frameworks.filter(function (x) { return x.id === frameworkOf(value); })[0];
    var req = fw && fw.requirements.filter(function (r) { return r.id === localId(value); })[0];
    return value + (req ? ' ' + req.title : '');
  }
  if (key === 'check') { check = DATA.checks[value]; return check ? value + ' ' + check.title : value; }
  return value;
}

function buildFilters() {
  FILTERS.forEach(function (key) {
    var counts = Object.create(null);
    FINDINGS.forEach(function (f) { valuesOf(key, f).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; }); });
    var values = Object.keys(counts).sort(key === 'severity' ? function (a, b) { return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b); } : undefined);
    var select = byId('f-' + key);
    append(select, h('option', { value: '', text: 'All' }));
    values.forEach(function (v) { append(select, h('option', { value: v, text: optionLabel(key, v) + ' (' + num(counts[v]) + ')' })); });
    select.addEventListener('change', function () { var c = {}; c[key] = select.value; c.finding = ''; go(withState(c), false); });
  });
  var search = byId('f-q');
  var timer = 0;
  byId('filters').addEventListener('submit', function (event) { event.preventDefault(); });
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { go(withState({ q: search.value.trim(), finding: state.finding }), true); }, 150);
  });
  byId('clear-filters').addEventListener('click', function () { search.value = ''; go({ view: 'findings' }, false); });
}

function syncFilters() {
  FILTERS.forEach(function (key) {
    var select = byId('f-' + key);
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === state[key]; });
    if (!known) append(select, h('option', { value: state[key], text: optionLabel(key, state[key]) + ' (0)' }));
    select.value = state[key];
  });
  var search = byId('f-q');
  if (search.value.trim() !== state.q) search.value = state.q;
}

function matches(f, s, terms) {
  for (var k = 0; k < FILTERS.length; k++) {
    var key = FILTERS[k];
    if (s[key] && valuesOf(key, f).indexOf(s[key]) < 0) return false;
  }
  for (var t = 0; t < terms.length; t++) if (f.text.indexOf(terms[t]) < 0) return false;
  return true;
}

function applyFilters() {
  var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  rows = ORDER.filter(function (f) { return matches(f, state, terms); });
  active = Math.min(active, Math.max(rows.length - 1, 0));
  byId('result-count').textContent = num(rows.length) + ' of ' + num(FINDINGS.length) + ' findings';
  byId('findings-table').setAttribute('aria-rowcount', String(rows.length + 1));
  byId('no-results').hidden = rows.length > 0;
  renderRows();
}

function rowHeight() { return parseFloat(getComputedStyle(document.documentElement).fontSize) * 2.25; }

/** One cell per column, with the column's class: a colspan would span columns hidden at narrow widths and squeeze the table. */
var COLUMN_CLASSES = ['col-sev', 'col-title', 'col-check', 'col-resource', 'col-type', 'col-loc', 'col-status'];
function spacer(height) {
  var cells = COLUMN_CLASSES.map(function (cls) { return h('td', { class: cls }); });
  cells[0].style.height = height + 'px';
  return h('tr', { class: 'spacer', 'aria-hidden': 'true' }, cells);
}

function renderRows() {
  var scroller = byId('scroller');
  var body = clear(byId('rows'));
  var rowH = rowHeight();
  var first = Math.max(0, Math.floor(scroller.scrollTop / rowH) - OVERSCAN);
  var last = Math.min(rows.length, first + Math.ceil(Math.max(scroller.clientHeight, window.innerHeight) / rowH) + 2 * OVERSCAN);
  if (first > 0) append(body, spacer(first * rowH));
  for (var i = first; i < last; i++) append(body, rowOf(rows[i], i));
  if (last < rows.length) append(body, spacer((rows.length - last) * rowH));
}

function rowOf(f, i) {
  var s = f.suppression;
  return h('tr', { class: 'row', 'data-i': i, 'data-id': f.id, 'aria-rowindex': i + 2, tabindex: i === active ? 0 : -1, 'aria-current': f.id === state.finding ? 'true' : null }, [
    h('td', { class: 'sev sev-' + f.severity, text: f.severity }),
    h('td', { class: 'col-title', title: f.message, text: f.message }),
    h('td', { class: 'col-check', title: f.checkId + ' ' + f.title }, h('a', { href: hashOf(withState({ view: 'findings', finding: f.id })), tabindex: -1, text: f.checkId })),
    h('td', { class: 'mono col-resource', title: f.resourceId }, h('span', { class: 'tail', dir: 'ltr', text: f.resourceId })),
    h('td', { class: 'col-type mono', text: f.resourceType }),
    h('td', { class: 'mono col-loc', title: f.path + ':' + f.range[0] }, h('span', { class: 'tail', dir: 'ltr', text: f.path + ':' + f.range[0] })),
    h('td', { class: 'col-status' + (s ? ' status-suppressed' : ''), title: s ? s.kind + ': ' + s.justification : null, text: s ? 'suppressed' : 'failing' }),
  ]);
}

function openRow(i) { if (rows[i]) { active = i; go(withState({ view: 'findings', finding: rows[i].id }), false); } }

/** Scrolls the table just enough to show row i. */
function revealRow(i) {
  var scroller = byId('scroller');
  var rowH = rowHeight();
  var head = byId('findings-table').tHead.offsetHeight;
  var top = i * rowH;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (top + rowH + head > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + rowH + head - scroller.clientHeight;
}

function focusRow(i) {
  if (rows.length === 0) return;
  active = Math.max(0, Math.min(rows.length - 1, i));
  revealRow(active);
  renderRows();
  var tr = byId('rows').querySelector('tr[data-i="' + active + '"]');
  if (tr) tr.focus();
}

function bindTable() {
  var body = byId('rows');
  var scroller = byId('scroller');
  var pending = false;
  scroller.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; renderRows(); });
  });
  body.addEventListener('click', function (event) {
    var tr = event.target.closest('tr.row');
    if (!tr) return;
    event.preventDefault();
    openRow(Number(tr.getAttribute('data-i')));
  });
  body.addEventListener('keydown', function (event) {
    var tr = event.target.closest('tr.row');
    if (!tr) return;
    var i = Number(tr.getAttribute('data-i'));
    var page = Math.max(1, Math.floor(scroller.clientHeight / rowHeight()) - 1);
    var moves = { ArrowDown: i + 1, ArrowUp: i - 1, PageDown: i + page, PageUp: i - page, Home: 0, End: rows.length - 1 };
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); openRow(i); }
    else if (event.key in moves) { event.preventDefault(); focusRow(moves[event.key]); }
  });
}
`;
