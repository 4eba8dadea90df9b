import { child, itemRoot, num, text } from './item.js';

/**
 * The latest item of each resource, in file order. A history file holds one item per change, and
 * only the current state may be evaluated (an old, since-fixed state would raise stale findings).
 * Later wins by `configurationStateId` (increases with each change), then capture time, then
 * place in the file. Items without identity are kept, for the normaliser to report.
 */
export function latestItems(items: unknown[]): { index: number; item: unknown }[] {
  const latest = new Map<string, { index: number; item: unknown }>();
  const anonymous: { index: number; item: unknown }[] = [];
  items.forEach((item, index) => {
    const key = identity(item);
    if (key === undefined) {
      anonymous.push({ index, item });
      return;
    }
    const current = latest.get(key);
    if (!current || compare(item, current.item) >= 0) latest.set(key, { index, item });
  });
  return [...latest.values(), ...anonymous].sort((a, b) => a.index - b.index);
}

function identity(item: unknown): string | undefined {
  const root = itemRoot(item);
  const type = text(child(root, 'resourceType'));
  const id = text(child(root, 'resourceId'));
  if (type === undefined || id === undefined) return undefined;
  return JSON.stringify([text(child(root, 'accountId')) ?? '', text(child(root, 'awsRegion')) ?? '', type, id]);
}

function compare(a: unknown, b: unknown): number {
  const [ra, rb] = [itemRoot(a), itemRoot(b)];
  const state = (num(child(ra, 'configurationStateId')) ?? 0) - (num(child(rb, 'configurationStateId')) ?? 0);
  if (state !== 0) return state;
  return (text(child(ra, 'configurationItemCaptureTime')) ?? '').localeCompare(text(child(rb, 'configurationItemCaptureTime')) ?? '');
}
