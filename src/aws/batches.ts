/** One BatchGet call: the items it returned and the keys it left unprocessed. */
export interface BatchResult<K> {
  items: Record<string, unknown>[];
  unprocessed: K[];
}

/** The BatchGet limit of AWS Config (BatchGetResourceConfig and its aggregate twin). */
export const MAX_BATCH_KEYS = 100;

/** Rounds in a row without progress before the keys still unprocessed are given up. */
const STALLED_ROUNDS = 5;

/**
 * Fetches every key in batches of at most 100, calling again for the keys a call left
 * unprocessed (Config does that under load), with a growing pause while nothing moves. The SDK
 * retries throttled calls itself; a call that fails anyway costs its batch, not the others.
 * What was fetched is always returned; each lost batch is one message in `errors`.
 */
export async function batchGetAll<K>(
  keys: K[],
  get: (batch: K[]) => Promise<BatchResult<K>>,
  pause: (ms: number) => Promise<void> = sleep,
): Promise<{ items: Record<string, unknown>[]; errors: string[] }> {
  const items: Record<string, unknown>[] = [];
  const errors: string[] = [];
  for (let start = 0; start < keys.length; start += MAX_BATCH_KEYS) {
    let batch = keys.slice(start, start + MAX_BATCH_KEYS);
    for (let stalled = 0; batch.length > 0; ) {
      let result: BatchResult<K>;
      try {
        result = await get(batch);
      } catch (error) {
        errors.push(`${batch.length} resources not fetched: ${messageOf(error)}`);
        break;
      }
      items.push(...result.items);
      stalled = result.unprocessed.length >= batch.length ? stalled + 1 : 0;
      if (stalled >= STALLED_ROUNDS) {
        errors.push(`${result.unprocessed.length} resources still unprocessed after ${STALLED_ROUNDS} retries`);
        break;
      }
      if (stalled > 0) await pause(100 * 2 ** stalled);
      batch = result.unprocessed;
    }
  }
  return { items, errors };
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
