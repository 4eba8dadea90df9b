/** Browser code, part 2: the home view (posture score, frameworks, severities, top requirements and controls, resources, problems). */
export const HOME = String.raw`
function bar(passing, total) {
  var fill = h('span');
  fill.style.width = (total === 0 ? 100 : (passing * 100) / total) + '%';
  return h('div', { class: 'bar', 'aria-hidden': 'true' }, fill);
}

function card(title, children) {
  return h('section', { class: 'card' }, [h('h2', { text: title })].concat(children));
}

function countTable(caption, head, rows) {
  return h('table', null, [
    h('caption', { class: 'meta', text: caption }),
    h('thead', null, h('tr', null, head.map(function (label, i) { return h('th', { scope: 'col', class: i > 0 ? 'num' : null, text: label }); }))),
    h('tbody', null, rows.map(function (cells) {
      return h('tr', null, cells.map(function (cell, i) { return i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { class: 'num' }, cell); }));
    })),
  ]);
}

/** A score as shown: with the marker when the scan could not read everything (never a bare 100%). */
function scoreText(percent) {
  return DATA.incomplete ? percent + ' (incomplete scan)' : percent;
}

/** A large score: the marker in smaller type beside it. */
function bigScore(percent, id) {
  return h('p', { class: 'big', id: id }, [percent, DATA.incomplete ? h('span', { class: 'marker', text: ' (incomplete scan)' }) : null]);
}

function renderHome() {
  var home = clear(byId('home'));
  var s = DATA.summary;
  append(home, h('div', { class: 'cards' }, [
    card('Posture score', [
      bigScore(DATA.score.percent, 'score'), bar(DATA.score.passing, DATA.score.total),
      h('p', { text: num(DATA.score.passing) + ' of ' + num(DATA.score.total) + ' resources pass every check.' }),
    ]),
    card('Findings by severity', [countTable('Unsuppressed findings', ['Severity', 'Findings'], SEVERITIES.map(function (sev) {
      return [h('a', { href: linkTo({ severity: sev, status: 'failing' }), class: 'sev sev-' + sev, text: sev }), num(s.findings[sev])];
    }).concat([
      [h('a', { href: linkTo({ status: 'suppressed' }), text: 'Suppressed' }), num(s.suppressed)],
    ]))]),
    card('Scan', [countTable('What was read', ['Item', 'Count'], [
      ['Resources', num(s.resources)], ['Files scanned', num(s.filesScanned)], ['Files skipped', num(s.filesSkipped)],
      ['Files with problems', num(s.diagnostics)], ['Inconclusive checks', num(s.inconclusive)],
    ])]),
  ]));
  renderFrameworks(home);
  renderTopControls(home);
  append(home, h('div', { class: 'cards' }, [
    card('Resources by type', [countTable('Scanned resources', ['Type', 'Resources'], DATA.resourcesByType.map(function (e) { return [h('code', { text: e[0] }), num(e[1])]; }))]),
    card('Resources by source format', [countTable('Scanned resources', ['Format', 'Resources'], DATA.resourcesByFormat.map(function (e) { return [e[0], num(e[1])]; }))]),
  ]));
  renderDiagnostics(home);
}

function renderFrameworks(home) {
  if (DATA.frameworks.length === 0) return;
  append(home, [h('h2', { text: 'Frameworks' }), h('div', { class: 'cards', id: 'frameworks' }, DATA.frameworks.map(function (fw) {
    var rows = fw.requirements.map(function (r) {
      return h('tr', null, [
        h('th', { scope: 'row' }, h('a', { href: linkTo({ requirement: fw.id + '/' + r.id }), text: r.id + ' ' + r.title })),
        h('td', { class: 'num', text: scoreText(r.percent) }), h('td', { class: 'num', text: num(r.failingControls) }),
      ]);
    });
    var idle = fw.total === 0;
    return h('section', { class: 'card framework' + (idle ? ' idle' : ''), 'data-framework': fw.id }, [
      h('h3', null, h('a', { href: linkTo({ framework: fw.id }), text: fw.title + ' ' + fw.version })),
      // nothing scanned is in scope: no score, never 100% of 0
      idle ? h('p', { class: 'big', text: 'n/a' }) : bigScore(fw.percent), idle ? null : bar(fw.passing, fw.total),
      h('p', { text: idle ? 'Nothing scanned is in scope.' : num(fw.passing) + ' of ' + num(fw.total) + ' resources pass.' }),
      rows.length === 0 ? null : h('table', null, [
        h('caption', { class: 'meta', text: 'Score by requirement' }),
        h('thead', null, h('tr', null, [h('th', { scope: 'col', text: 'Requirement' }), h('th', { scope: 'col', class: 'num', text: 'Score' }), h('th', { scope: 'col', class: 'num', title: 'Failing controls', text: 'Failing' })])),
        h('tbody', null, rows),
      ]),
    ]);
  }))]);
}

function topTable(id, head, items, cells) {
  return h('table', { id: id }, [
    h('thead', null, h('tr', null, head.map(function (label) { return h('th', { scope: 'col', class: /^(Score|Failing|Findings)/.test(label) ? 'num' : null, text: label }); }))),
    h('tbody', null, items.map(function (item) { return h('tr', null, cells(item)); })),
  ]);
}

/** What fails most, from the report's own scores per requirement and per control. */
function renderTopControls(home) {
  append(home, h('h2', { text: 'Failing requirements that matter most' }));
  if (DATA.topRequirements.length === 0) append(home, h('p', { class: 'empty', text: 'No requirement has a failing resource.' }));
  else append(home, topTable('top-requirements', ['Framework', 'Requirement', 'Score', 'Failing resources'], DATA.topRequirements, function (r) {
    return [
      h('td', null, h('code', { text: r.framework })),
      h('th', { scope: 'row' }, h('a', { href: linkTo({ requirement: r.framework + '/' + r.requirement }), text: r.requirement + (r.title ? ' ' + r.title : '') })),
      h('td', { class: 'num', text: scoreText(r.percent) }), h('td', { class: 'num', text: num(r.failing) + ' of ' + num(r.total) }),
    ];
  }));
  append(home, h('h2', { text: 'Failing controls that matter most' }));
  if (DATA.topControls.length === 0) { append(home, h('p', { class: 'empty', text: 'No control has a failing resource.' })); return; }
  append(home, topTable('top-controls', ['Severity', 'Framework', 'Control', 'Score', 'Failing resources', 'Findings'], DATA.topControls, function (c) {
    return [
      h('td', { class: 'sev sev-' + c.severity, text: c.severity }), h('td', null, h('code', { text: c.framework })),
      h('th', { scope: 'row' }, h('a', { href: linkTo({ control: c.framework + '/' + c.control }), text: c.control + (c.title ? ' ' + c.title : '') })),
      h('td', { class: 'num', text: scoreText(c.percent) }), h('td', { class: 'num', text: num(c.failing) + ' of ' + num(c.total) }), h('td', { class: 'num', text: num(c.findings) }),
    ];
  }));
}

function renderDiagnostics(home) {
  append(home, h('h2', { text: 'Files with problems (' + num(DATA.diagnostics.length) + ')' }));
  if (DATA.diagnostics.length === 0) { append(home, h('p', { class: 'empty', text: 'Every scanned file parsed.' })); return; }
  append(home, h('table', { id: 'diagnostics' }, [
    h('thead', null, h('tr', null, ['Level', 'Code', 'Location', 'Problem'].map(function (label) { return h('th', { scope: 'col', text: label }); }))),
    h('tbody', null, DATA.diagnostics.map(function (d) {
      return h('tr', null, [h('td', { text: d.level }), h('td', null, h('code', { text: d.code })), h('td', null, h('code', { text: d.path + ':' + d.line })), h('td', { text: d.message })]);
    })),
  ]));
}
`;
