/** Browser code, part 5: routing between the two views from the URL hash, and global keys. */
export const MAIN = String.raw`
function route() {
  var started = performance.now();
  state = readState();
  var findings = state.view === 'findings';
  byId('home').hidden = findings;
  byId('explorer').hidden = !findings;
  byId('nav-home').setAttribute('aria-current', findings ? 'false' : 'page');
  byId('nav-findings').setAttribute('aria-current', findings ? 'page' : 'false');
  if (findings) {
    syncFilters();
    applyFilters();
    var index = state.finding ? rows.indexOf(BY_ID[state.finding]) : -1;
    if (index >= 0) { active = index; revealRow(index); renderRows(); }
  }
  renderDetail();
  // How long this view took to filter and draw: read by the browser test and the benchmark.
  document.body.setAttribute('data-route-ms', (performance.now() - started).toFixed(1));
  // From navigation start to the first view drawn: parsing the data block included.
  if (!document.body.hasAttribute('data-ready')) document.body.setAttribute('data-first-render-ms', performance.now().toFixed(1));
  document.body.setAttribute('data-ready', 'true');
}

renderHome();
buildFilters();
bindTable();
window.addEventListener('hashchange', route);
window.addEventListener('resize', function () { if (state.view === 'findings') renderRows(); });
document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape' && !byId('detail').hidden) { event.preventDefault(); closeDetail(); }
});
route();
`;
