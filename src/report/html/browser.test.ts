/**
 * The explorer in real headless Chromium (Debian's package, `scripts/install-chromium.sh`): each
 * case renders a report to a temporary file, opens it with a URL hash, lets the scripts run
 * (`--virtual-time-budget`) and reads the resulting DOM (`--dump-dom`). Screenshots at laptop
 * and phone widths are kept in a temporary directory, printed at the end. Skipped with a reason
 * when chromium is missing, except under CI=true, where a missing browser fails the run.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Report } from '../../model/index.js';
import { buildIncompleteReport, buildReport } from '../__fixtures__/report.js';
import { HOSTILE, hostileReport, largeReport } from './__fixtures__/reports.js';
import { renderHtml } from './index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} not found and CI=true: run scripts/install-chromium.sh (or set CHROMIUM_PATH)`);
}
if (!available) console.warn(`skipping the HTML report's browser tests: ${CHROMIUM} not found; run scripts/install-chromium.sh`);
const describeBrowser = available ? describe : describe.skip;

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'posture-html-'));
let profiles = 0;

function write(name: string, report: Report): string {
  const file = path.join(dir, name);
  writeFileSync(file, renderHtml(report));
  return file;
}

async function chromium(args: string[], file: string, hash: string): Promise<string> {
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--hide-scrollbars', `--user-data-dir=${path.join(dir, `profile-${profiles++}`)}`,
    '--virtual-time-budget=5000'];
  const url = `${pathToFileURL(file).href}${hash}`;
  const { stdout } = await run(CHROMIUM, [...flags, ...args, url], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

const dumpDom = (file: string, hash = ''): Promise<string> => chromium(['--window-size=1280,900', '--dump-dom'], file, hash);

async function screenshot(file: string, hash: string, name: string, width: number, height: number): Promise<string> {
  const out = path.join(dir, name);
  await chromium([`--window-size=${width},${height}`, `--screenshot=${out}`], file, hash);
  expect(existsSync(out)).toBe(true);
  return out;
}

/** Fingerprints of the table rows in the DOM, in order. */
const rowIds = (dom: string): string[] => [...dom.matchAll(/<tr class="row"[^>]*data-id="([^"]*)"/g)].map((m) => m[1]);
const text = (dom: string, id: string): string => new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(dom)?.[1] ?? '';
const paneOpen = (dom: string): boolean => /<aside id="detail" aria-labelledby="detail-title">/.test(dom);

describeBrowser('the HTML report in headless Chromium', () => {
  const file = write('posture.html', buildReport());
  const shots: string[] = [];

  afterAll(() => {
    if (shots.length > 0) console.log(`HTML report screenshots:\n${shots.join('\n')}`);
  });

  it('renders the home view with the posture score', async () => {
    const dom = await dumpDom(file);
    expect(dom).toContain('data-ready="true"');
    expect(text(dom, 'score')).toBe('50.0%');
    expect(dom).toContain('CIS AWS Foundations Benchmark 3.0.0');
    expect(dom).toContain('<table id="top-controls">');
    expect(dom).toContain('bad indentation of a mapping entry');
    shots.push(await screenshot(file, '', 'home-laptop.png', 1280, 1100));
  });

  it('on an incomplete scan, shows a banner and marks every score', async () => {
    const incomplete = write('incomplete.html', buildIncompleteReport());
    const dom = await dumpDom(incomplete);
    expect(dom).toContain('data-ready="true"');
    expect(text(dom, 'incomplete')).toBe('Scan incomplete: 1 file could not be read, 2 module calls could not be resolved: findings inside them are missing.');
    expect(dom).toContain('<p class="big" id="score">50.0%<span class="marker"> (incomplete scan)</span></p>');
    expect(dom).toMatch(/data-framework="cis-aws-3\.0".*?<p class="big">40\.0%<span class="marker"> \(incomplete scan\)<\/span><\/p>/s);
    expect(dom).not.toMatch(/>\d+\.\d%<\/td>/); // no bare score in the requirement and control tables
    const findings = await dumpDom(incomplete, '#view=findings');
    expect(text(findings, 'incomplete')).toMatch(/^Scan incomplete/);
    shots.push(await screenshot(incomplete, '', 'home-incomplete-laptop.png', 1280, 1100));
  });

  it('lists every finding, most severe first', async () => {
    const dom = await dumpDom(file, '#view=findings');
    expect(text(dom, 'result-count')).toBe('6 of 6 findings');
    expect(rowIds(dom)).toEqual(['b2c3d4e5', 'd4e5f6a7', 'c0ffee01', 'a1b2c3d4', 'a1b2c3d5', 'e5f6a7b8']);
  });

  it('applies the filters in the URL', async () => {
    const dom = await dumpDom(file, '#severity=HIGH&check=AWS-0001');
    expect(text(dom, 'result-count')).toBe('2 of 6 findings');
    expect(rowIds(dom)).toEqual(['d4e5f6a7', 'a1b2c3d4']);
    const suppressed = await dumpDom(file, '#status=suppressed&q=write-once');
    expect(rowIds(suppressed)).toEqual(['a1b2c3d5']);
    const control = await dumpDom(file, '#control=cis-aws-3.0%2F2.1.1');
    expect(rowIds(control)).toEqual(['d4e5f6a7', 'a1b2c3d4']);
  });

  it('opens a finding from the URL in the detail pane', async () => {
    const dom = await dumpDom(file, '#finding=a1b2c3d4');
    expect(paneOpen(dom)).toBe(true);
    expect(text(dom, 'detail-title')).toBe('S3 buckets encrypt data at rest');
    expect(text(dom, 'detail-message')).toBe('S3 bucket "logs" does not encrypt data at rest');
    expect(text(dom, 'detail-action')).toBe('Enable default SSE (SSE-S3 or SSE-KMS).');
    expect(text(dom, 'detail-location')).toBe('terraform/main.tf:12:1–15:2');
    expect(dom).toMatch(/id="detail-controls".*cis-aws-3\.0\/2\.1\.1.*nist-800-53-r5\/SC-28/s);
    expect(dom).toMatch(/<tr class="row"[^>]*data-id="a1b2c3d4"[^>]*aria-current="true"/);
    shots.push(await screenshot(file, '#status=failing&finding=a1b2c3d4', 'detail-laptop.png', 1280, 900));
    shots.push(await screenshot(file, '#finding=a1b2c3d5', 'detail-phone.png', 390, 844));
    shots.push(await screenshot(file, '#view=findings', 'findings-phone.png', 390, 844));
  });

  it('shows hostile names and messages as text, never as markup', async () => {
    const hostile = write('hostile.html', hostileReport());
    const dom = await dumpDom(hostile, '#finding=deadbeef');
    expect(paneOpen(dom)).toBe(true);
    expect(dom).not.toMatch(/<img|<script>alert/);
    expect(dom.match(/<script\b/g)).toHaveLength(2);
    const escaped = HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(dom).toContain(escaped.slice(0, 40));
    expect(dom).toContain('posture-gate &lt;b&gt;1&lt;/b&gt;');
  });

  it('filters 10,000 findings and keeps only the visible rows in the DOM', async () => {
    const large = write('large.html', largeReport(10_000));
    const dom = await dumpDom(large, '#severity=HIGH&status=failing&q=stack-7%2F');
    expect(text(dom, 'result-count')).toMatch(/^\d+ of 10,000 findings$/);
    const rows = rowIds(dom);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    const all = await dumpDom(large, '#view=findings');
    expect(text(all, 'result-count')).toBe('10,000 of 10,000 findings');
    expect(rowIds(all).length).toBeLessThan(100);
    const ms = Number(/data-route-ms="([\d.]+)"/.exec(all)?.[1]);
    console.log(`10,000 findings: first explorer render ${ms} ms`);
    expect(ms).toBeLessThan(1000);
    shots.push(await screenshot(large, '#view=findings&severity=CRITICAL', 'large-laptop.png', 1280, 900));
  });
});
