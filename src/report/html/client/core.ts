/**
 * Browser code of the explorer, part 1: the embedded data, DOM helpers and the URL state. The
 * client parts are plain ES2017 strings (no bundler step, nothing to fetch) concatenated inside
 * one function by `script.ts`. Data only ever reaches the page through textContent and
 * setAttribute: never innerHTML.
 */
export const CORE = String.raw`
var DATA = JSON.parse(document.getElementById('posture-data').textContent);
var FILTERS = ['framework', 'requirement', 'control', 'severity', 'check', 'type', 'format', 'file', 'status'];
var SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
var FINDINGS = DATA.findings;
var BY_ID = Object.create(null);
var state = readState();

function byId(id) { return document.getElementById(id); }

/** An element: props set through setAttribute (text through textContent), children as text nodes or elements. */
function h(tag, props, children) {
  var el = document.createElement(tag);
  if (props) {
    Object.keys(props).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') el.textContent = String(value);
      else if (key === 'class') el.className = value;
      else if (key === 'onclick') el.addEventListener('click', value);
      else el.setAttribute(key, value === true ? '' : String(value));
    });
  }
  return append(el, children);
}

function append(el, children) {
  if (children === undefined || children === null) return el;
  (Array.isArray(children) ? children : [children]).forEach(function (child) {
    if (child === undefined || child === null || child === false) return;
    el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  });
  return el;
}

function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
function num(n) { return Number(n).toLocaleString('en-US'); }
/** Only http(s) links leave the page: a catalogue URL can never become javascript:. */
function safeUrl(url) { return /^https?:\/\//i.test(url) ? url : null; }
function unique(values) { return values.filter(function (v, i) { return values.indexOf(v) === i; }); }
function frameworkOf(ref) { return ref.slice(0, ref.indexOf('/')); }
function localId(ref) { return ref.slice(ref.indexOf('/') + 1); }

function readState() {
  var params = new URLSearchParams(location.hash.replace(/^#/, ''));
  var s = { view: params.get('view') || '', q: params.get('q') || '', finding: params.get('finding') || '' };
  FILTERS.forEach(function (key) { s[key] = params.get(key) || ''; });
  var filtered = s.finding || s.q || FILTERS.some(function (key) { return s[key]; });
  if (s.view !== 'home' && s.view !== 'findings') s.view = filtered ? 'findings' : 'home';
  return s;
}

function hashOf(s) {
  var params = new URLSearchParams();
  params.set('view', s.view || 'findings');
  FILTERS.forEach(function (key) { if (s[key]) params.set(key, s[key]); });
  if (s.q) params.set('q', s.q);
  if (s.finding) params.set('finding', s.finding);
  return '#' + params.toString();
}

/** A link into the explorer with these filters (and no others). */
function linkTo(partial) {
  var s = { view: 'findings' };
  Object.keys(partial).forEach(function (key) { s[key] = partial[key]; });
  return hashOf(s);
}

function withState(changes) {
  var s = {};
  Object.keys(state).forEach(function (key) { s[key] = state[key]; });
  Object.keys(changes).forEach(function (key) { s[key] = changes[key]; });
  return s;
}

/** Moves to a new state: pushes a history entry, or replaces the current one (typing in the search box). */
function go(s, replace) {
  var hash = hashOf(s);
  if (hash === location.hash) return;
  if (replace) { history.replaceState(null, '', hash); route(); } else location.hash = hash;
}

FINDINGS.forEach(function (f, i) {
  var check = DATA.checks[f.checkId];
  f.index = i;
  f.status = f.suppression ? 'suppressed' : 'failing';
  f.title = check ? check.title : f.checkId;
  f.frameworks = unique(f.controls.map(frameworkOf));
  f.text = [f.checkId, f.title, f.message, f.resourceId, f.resourceType, f.format, f.path, f.id, f.scope,
    f.controls.join(' '), f.suppression ? f.suppression.justification : ''].join('\n').toLowerCase();
  BY_ID[f.id] = f;
});
`;
