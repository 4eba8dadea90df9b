import { describe, expect, it } from '@jest/globals';
import { mapLimited } from '../concurrency.js';
import { batchGetAll } from './batches.js';

const keys = (n: number): string[] => Array.from({ length: n }, (_, i) => `k${i}`);
const noPause = (): Promise<void> => Promise.resolve();

describe('batchGetAll', () => {
  it('sends at most 100 keys per call and retries the unprocessed ones', async () => {
    const sizes: number[] = [];
    const got = await batchGetAll(keys(230), async (batch) => {
      sizes.push(batch.length);
      // Leave the last 30 of every first attempt unprocessed, as Config does under load.
      const unprocessed = batch.length > 30 ? batch.slice(-30) : [];
      return { items: batch.filter((k) => !unprocessed.includes(k)).map((id) => ({ id })), unprocessed };
    }, noPause);
    expect(sizes).toEqual([100, 30, 100, 30, 30]);
    expect(got.items.map((i) => i.id).sort()).toEqual(keys(230).sort());
    expect(got.errors).toEqual([]);
  });

  it('keeps what it fetched when a batch fails, and says how many were lost', async () => {
    let call = 0;
    const got = await batchGetAll(keys(150), async (batch) => {
      if (call++ === 0) throw new Error('ThrottlingException: Rate exceeded');
      return { items: batch.map((id) => ({ id })), unprocessed: [] };
    }, noPause);
    expect(got.items).toHaveLength(50);
    expect(got.errors).toEqual(['100 resources not fetched: ThrottlingException: Rate exceeded']);
  });

  it('gives up on keys that never get processed', async () => {
    const pauses: number[] = [];
    const got = await batchGetAll(keys(3), async (batch) => ({ items: [], unprocessed: batch }), async (ms) => {
      pauses.push(ms);
    });
    expect(got.errors).toEqual(['3 resources still unprocessed after 5 retries']);
    expect(pauses).toEqual([200, 400, 800, 1600]);
  });
});

describe('mapLimited', () => {
  it('never runs more than the limit at once and keeps input order', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimited([5, 1, 4, 2, 3], 2, async (n) => {
      peak = Math.max(peak, ++running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
