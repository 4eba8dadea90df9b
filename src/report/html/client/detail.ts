/**
 * Browser code, part 4: the detail pane of one finding (`#finding=<fingerprint>`): what is wrong,
 * the source lines around it with the offending line marked (masked by the scanner before the
 * report was written), the fix with compliant examples (the finding's own format first), the
 * controls. Escape closes it.
 */
export const DETAIL = String.raw`
var lastFocus = null;
var FORMAT_NAMES = { terraform: 'Terraform', cloudformation: 'CloudFormation', kubernetes: 'Kubernetes' };
var EXAMPLE_ORDER = ['terraform', 'cloudformation', 'kubernetes'];
/** The example format closest to a finding's: a plan is fixed in its Terraform, a live resource in any. */
var EXAMPLE_FOR = { 'terraform-plan': 'terraform', 'aws-config': '' };

function sourceOf(f) {
  var e = f.excerpt === undefined ? null : DATA.excerpts[f.excerpt];
  if (!e) return [h('p', { class: 'meta', id: 'detail-no-source', text: 'The source of this location was not available to the scan.' })];
  var start = f.range[0];
  var end = f.range[2];
  return [h('ol', { class: 'source', id: 'detail-source', start: e.startLine, 'aria-label': 'Source of ' + f.path + ' around line ' + start }, e.lines.map(function (text, i) {
    var n = e.startLine + i;
    var code = h('code', { text: text === '' ? ' ' : text });
    if (n !== start) return h('li', { value: n, class: n > start && n <= end ? 'in-range' : null }, code);
    return h('li', { value: n, class: 'hit', 'aria-current': 'true' }, [h('mark', null, code), h('span', { class: 'sr-only', text: ' (the reported line)' })]);
  })), h('p', { class: 'meta', text: 'Secret-looking values are masked (' + '•'.repeat(8) + ').' })];
}

function examplesOf(f, check) {
  var examples = check.examples || {};
  var own = f.format in EXAMPLE_FOR ? EXAMPLE_FOR[f.format] : f.format;
  var rank = function (format) { return format === own ? -1 : EXAMPLE_ORDER.indexOf(format) < 0 ? EXAMPLE_ORDER.length : EXAMPLE_ORDER.indexOf(format); };
  return Object.keys(examples).sort(function (a, b) { return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0); }).map(function (format, i) {
    return h('details', { class: 'example', id: 'example-' + format, open: i === 0 }, [
      h('summary', { text: (FORMAT_NAMES[format] || format) + ' example' + (format === own ? ' (the format of this finding)' : '') }),
      h('pre', null, h('code', { text: examples[format] })),
    ]);
  });
}

function attributeText(path) {
  if (path.length === 0) return '(the resource itself)';
  return path.map(function (seg, i) { return typeof seg === 'number' ? '[' + seg + ']' : (i === 0 ? '' : '.') + seg; }).join('');
}

function section(title, children) { return [h('h3', { text: title })].concat(children); }

function controlItem(ref) {
  var fw = DATA.frameworks.filter(function (x) { return x.id === frameworkOf(ref); })[0];
  var title = fw ? fw.controls[localId(ref)] : '';
  return h('li', null, [
    h('a', { href: linkTo({ control: ref }), text: ref }), title ? ' ' + title : '',
  ]);
}

function detailOf(f) {
  var check = DATA.checks[f.checkId] || {};
  var s = f.suppression;
  var r = f.range;
  var peers = Object.keys(check.peers || {}).map(function (tool) { return h('li', null, [tool + ': ', h('code', { text: check.peers[tool].join(', ') })]); });
  var refs = (check.relatedResources || []).map(safeUrl).filter(Boolean).map(function (url) { return h('li', null, h('a', { href: url, rel: 'noreferrer noopener', target: '_blank', text: url })); });
  return [
    h('button', { type: 'button', class: 'close', id: 'detail-close', 'aria-label': 'Close details', text: 'Close ✕' }),
    h('p', { class: 'sev sev-' + f.severity, text: f.severity + ' · ' + f.checkId + ' · ' + (s ? 'suppressed (' + s.kind + ')' : 'failing') }),
    h('h2', { id: 'detail-title', tabindex: -1, text: f.title }),
    s ? h('p', { id: 'detail-suppression', class: 'status-suppressed', text: 'Suppressed (' + s.kind + (s.expires ? ', until ' + s.expires : '') + '): ' + s.justification }) : null,
  ].concat(
    section('What is wrong', [h('p', { id: 'detail-message', text: f.message })]),
    check.description ? section('Why it matters', [h('p', { text: check.description })]) : [],
    section('Where', sourceOf(f)),
    check.recommendedAction || check.examples ? section('How to fix it', [check.recommendedAction ? h('p', { id: 'detail-action', text: check.recommendedAction }) : null].concat(examplesOf(f, check))) : [],
    section('Location', [h('dl', null, [
      h('dt', { text: 'File' }), h('dd', null, h('code', { id: 'detail-location', text: f.path + ':' + r[0] + ':' + r[1] + (r[2] !== r[0] ? '–' + r[2] + ':' + r[3] : '') })),
      h('dt', { text: 'Attribute' }), h('dd', null, h('code', { text: attributeText(f.attributePath) })),
      h('dt', { text: 'Resource' }), h('dd', null, h('a', { href: linkTo({ q: f.resourceId }), class: 'mono', text: f.resourceId })),
      h('dt', { text: 'Type' }), h('dd', null, h('code', { text: f.resourceType })),
      h('dt', { text: 'Format' }), h('dd', { text: f.format }),
      h('dt', { text: 'Scope' }), h('dd', null, h('code', { text: f.scope })),
      h('dt', { text: 'Fingerprint' }), h('dd', null, h('code', { text: f.id })),
    ])]),
    section('Controls', [f.controls.length ? h('ul', { class: 'plain', id: 'detail-controls' }, f.controls.map(controlItem)) : h('p', { text: 'Not mapped to a framework control.' })]),
    peers.length ? section('Same check in other tools', [h('ul', { class: 'plain', id: 'detail-peers' }, peers)]) : [],
    refs.length ? section('References', [h('ul', { class: 'plain' }, refs)]) : [],
    [h('p', null, [h('a', { href: linkTo({ check: f.checkId }), text: 'All findings of ' + f.checkId }), ' · ',
      h('a', { href: linkTo({ file: f.path }), text: 'All findings in this file' })])]
  );
}

function renderDetail() {
  var pane = byId('detail');
  if (!state.finding) {
    if (pane.hidden) return;
    pane.hidden = true;
    clear(pane);
    var back = byId('rows').querySelector('tr[data-i="' + active + '"]') || lastFocus;
    if (back && document.contains(back)) back.focus();
    return;
  }
  if (pane.hidden) lastFocus = document.activeElement;
  var f = BY_ID[state.finding];
  clear(pane);
  append(pane, f ? detailOf(f) : [
    h('button', { type: 'button', class: 'close', id: 'detail-close', 'aria-label': 'Close details', text: 'Close ✕' }),
    h('h2', { id: 'detail-title', tabindex: -1, text: 'Finding not found' }),
    h('p', { text: 'No finding in this report has the fingerprint ' + state.finding + '.' }),
  ]);
  byId('detail-close').addEventListener('click', closeDetail);
  pane.hidden = false;
  byId('detail-title').focus();
}

function closeDetail() { go(withState({ finding: '' }), false); }
`;
