#!/usr/bin/env node
/**
 * `npm run screenshots [-- PATH]`: pictures of what a person sees, to look at after a change to
 * the terminal table or the HTML report. PATH (default fixtures/terraform) is scanned with the
 * built CLI (bin/posture.js, so run `npm run build:bundle` first).
 *
 * - Terminal: the table at 80 and 120 columns, run inside tmux (a real terminal: width from the
 *   pane, colour on) and captured with its colours; the capture is drawn as HTML and photographed.
 *   Without tmux the terminal pictures are skipped, with a message saying so.
 * - HTML: the report's overview at 1024, 1400 and 1920 pixels and its findings view at those
 *   widths and a phone's 390, in headless Chromium (scripts/install-chromium.sh).
 *
 * Written to screenshots/ (ignored by git), or SCREENSHOTS_DIR.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = process.argv[2] ?? 'fixtures/terraform';
const OUT = path.resolve(process.env.SCREENSHOTS_DIR ?? path.join(ROOT, 'screenshots'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TERMINAL_WIDTHS = [80, 120];
const PAGE_WIDTHS = [1024, 1400, 1920];
const PHONE = 390;

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'posture-screenshots-'));
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} not found: run scripts/install-chromium.sh (or set CHROMIUM_PATH)`);
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const written = [];
try {
  await terminalShots();
  await htmlShots();
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`wrote ${written.length} screenshots:\n${written.join('\n')}`);

/** The table in tmux at each width, captured with colours and photographed. */
async function terminalShots() {
  if (spawnSync('tmux', ['-V']).status !== 0) {
    console.warn('tmux is not installed: no terminal screenshots (install tmux and run again)');
    return;
  }
  for (const columns of TERMINAL_WIDTHS) {
    const session = `posture-shot-${process.pid}-${columns}`;
    const done = path.join(work, `done-${columns}`);
    // a tall pane, so the capture holds the whole report; the scan runs as in any terminal
    const command = `cd ${shellQuote(ROOT)} && env -u CI POSTURE_WATCHDOG=off node bin/posture.js scan ${shellQuote(TARGET)} --no-fail 2>/dev/null; touch ${shellQuote(done)}; sleep 30`;
    execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', String(columns), '-y', '400', command]);
    try {
      const started = Date.now();
      while (!existsSync(done) && Date.now() - started < 120_000) await new Promise((resolve) => setTimeout(resolve, 200));
      const captured = execFileSync('tmux', ['capture-pane', '-p', '-e', '-J', '-t', session], { encoding: 'utf8' }).replace(/\n+$/, '\n');
      const html = terminalPage(captured, columns);
      const file = path.join(work, `terminal-${columns}.html`);
      writeFileSync(file, html);
      // the first screen and the last (the summary), as a person scrolling the terminal sees them
      const page = await browser.newPage({ viewport: { width: Math.ceil(columns * 8.45) + 32, height: 800 } });
      await page.goto(pathToFileURL(file).href);
      const first = path.join(OUT, `terminal-${columns}.png`);
      await page.screenshot({ path: first });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const last = path.join(OUT, `terminal-${columns}-end.png`);
      await page.screenshot({ path: last });
      await page.close();
      written.push(first, last);
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
  }
}

/** The report's overview and findings view at each width. */
async function htmlShots() {
  const report = path.join(work, 'report.html');
  spawnSync(process.execPath, ['bin/posture.js', 'scan', TARGET, '--no-fail', '--format', 'html', '--output', report], { cwd: ROOT, stdio: 'ignore' });
  const views = [
    ...PAGE_WIDTHS.flatMap((width) => [{ width, hash: '', name: `html-${width}` }, { width, hash: '#view=findings', name: `html-${width}-findings` }]),
    { width: PHONE, hash: '#view=findings', name: `html-${PHONE}-findings` },
  ];
  for (const { width, hash, name } of views) {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await page.goto(`${pathToFileURL(report).href}${hash}`);
    await page.waitForTimeout(300);
    const shot = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: shot });
    await page.close();
    written.push(shot);
  }
}

/** A terminal capture (text with SGR colour codes) as a dark monospace page. */
function terminalPage(text, columns) {
  const COLORS = { 31: '#ff6b6b', 32: '#69db7c', 33: '#ffd43b', 36: '#66d9e8' };
  let html = '';
  let open = false;
  for (const part of text.split(/(\u001b\[[0-9;]*m)/)) {
    const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (!sgr) {
      html += part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      continue;
    }
    if (open) html += '</span>';
    open = false;
    const codes = sgr[1].split(';').filter(Boolean).map(Number);
    if (codes.length === 0 || codes.every((c) => c === 0)) continue;
    const style = [
      codes.includes(1) ? 'font-weight:700' : '',
      codes.includes(2) ? 'opacity:.6' : '',
      ...codes.filter((c) => COLORS[c]).map((c) => `color:${COLORS[c]}`),
    ].filter(Boolean).join(';');
    html += `<span style="${style}">`;
    open = true;
  }
  if (open) html += '</span>';
  return `<!doctype html><meta charset="utf-8"><style>body{margin:0;background:#1e1e1e;color:#e6e6e6}
pre{margin:0;padding:16px;font:14px/1.35 "DejaVu Sans Mono",monospace;width:${columns}ch;border-right:1px dashed #555}</style><pre>${html}</pre>`;
}

function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
