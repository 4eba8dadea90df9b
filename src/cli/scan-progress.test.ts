import { describe, expect, it } from '@jest/globals';
import { progressWanted, scanProgress } from './scan-progress.js';

function terminal() {
  const writes: string[] = [];
  return { writes, stream: { isTTY: true, columns: 40, write: (text: string) => writes.push(text) } };
}

describe('the scan progress line', () => {
  it('is drawn only on a terminal, outside CI, when not --quiet', () => {
    const { stream } = terminal();
    expect(progressWanted(stream, {}, false)).toBe(true);
    expect(progressWanted({ ...stream, isTTY: false }, {}, false)).toBe(false);
    expect(progressWanted(stream, { CI: 'true' }, false)).toBe(false);
    expect(progressWanted(stream, {}, true)).toBe(false);
    expect(progressWanted(undefined, {}, false)).toBe(false);
  });

  it('stays quiet for the first second, then shows stage, files and time, and clears itself', async () => {
    const { writes, stream } = terminal();
    let clock = 0;
    const progress = scanProgress(stream, () => clock);
    progress.count('parse', 3, 77);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(writes).toEqual([]);
    clock = 2100;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(writes.at(-1)).toBe('\r\u001b[2Kposture: parse 3/77 files · 2.1s');
    progress.place({ stage: 'evaluate', file: 'main' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(writes.at(-1)).toBe('\r\u001b[2Kposture: evaluate · 2.1s');
    const logged: string[] = [];
    progress.log(() => logged.push(writes.at(-1)!));
    expect(logged).toEqual(['\r\u001b[2K']);
    progress.stop();
    const count = writes.length;
    clock = 5000;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(writes.length).toBe(count);
  });
});
