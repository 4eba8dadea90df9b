/**
 * The report's layout at the widths people read it at, in real headless Chromium (Debian's
 * package, driven by playwright-core): at 1024, 1400 and 1920 pixels (and a phone's 390) no element
 * of the overview or the findings view reaches outside its container horizontally, and the page
 * itself never scrolls sideways. A scrolling container (the findings table's, a source excerpt)
 * may hold wider content: that is what it is for. One screenshot per width and view is kept in a
 * temporary directory. Skipped with a reason when chromium is missing, except under CI=true.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { htmlReport, largeReport } from './__fixtures__/reports.js';
import { renderHtml } from './index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') throw new Error(`${CHROMIUM} not found and CI=true: run scripts/install-chromium.sh (or set CHROMIUM_PATH)`);
if (!available) console.warn(`skipping the HTML layout tests: ${CHROMIUM} not found; run scripts/install-chromium.sh`);
const describeBrowser = available ? describe : describe.skip;

const dir = mkdtempSync(path.join(tmpdir(), 'posture-layout-'));
const WIDTHS = [1024, 1400, 1920, 390];
const VIEWS = ['', '#view=findings'];

/** Elements outside their parent's box, left or right, unless an ancestor scrolls horizontally; and the page's own overflow. */
function overflowing(): { page: number; elements: string[] } {
  const scrolls = (el: Element): boolean => {
    for (let a = el.parentElement; a; a = a.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
    return false;
  };
  const elements: string[] = [];
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const box = el.getBoundingClientRect();
    const parent = el.parentElement;
    if (box.width === 0 || box.height === 0 || !parent || scrolls(el)) continue;
    const outer = parent.getBoundingClientRect();
    if (box.right > outer.right + 1 || box.left < outer.left - 1) {
      elements.push(`${el.tagName.toLowerCase()}.${el.className} in ${parent.tagName.toLowerCase()}.${parent.className}: ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(outer.left)}–${Math.round(outer.right)}`);
    }
  }
  return { page: document.documentElement.scrollWidth - window.innerWidth, elements };
}

describeBrowser('the HTML report at laptop, desktop and phone widths, in headless Chromium', () => {
  let browser: Browser;
  const shots: string[] = [];
  const reports = { fixture: htmlReport(), large: largeReport(400) };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    if (shots.length > 0) console.log(`layout screenshots:\n${shots.join('\n')}`);
  });

  const cases = Object.keys(reports).flatMap((name) => WIDTHS.flatMap((width) => VIEWS.map((view) => [name, width, view] as const)));
  it.each(cases)('%s report at %i px, view %s: nothing overflows its container', async (name, width, view) => {
    const file = path.join(dir, `${name}.html`);
    if (!existsSync(file)) writeFileSync(file, renderHtml(reports[name as keyof typeof reports]));
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      await page.goto(`${pathToFileURL(file).href}${view}`);
      await page.waitForSelector(view === '' ? '#frameworks, #home .cards' : '#rows tr.row');
      const result = await page.evaluate(overflowing);
      const shot = path.join(dir, `${name}-${width}${view === '' ? '' : '-findings'}.png`);
      await page.screenshot({ path: shot });
      shots.push(shot);
      expect(result).toEqual({ page: 0, elements: [] });
    } finally {
      await page.close();
    }
  });
});
