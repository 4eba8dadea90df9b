import type { ParsedDocument } from '../../model/document.js';
import { pathKey, type Provenance } from '../../model/resource.js';
import type { AttributePath, SourceRange } from '../../model/source.js';
import type { Located } from './item.js';

/**
 * Provenance of one configuration item: canonical path → where the value is written in the
 * snapshot file. A value the item does not hold is not recorded, so a finding on it falls
 * back to the item. Live items have no file: the item itself maps to line 1 of its pseudo path.
 */
export class ItemProvenance {
  readonly map: Provenance = new Map();

  constructor(
    private readonly doc: ParsedDocument,
    private readonly index: number,
    itemRange: SourceRange | undefined,
  ) {
    if (itemRange) this.map.set(pathKey([]), itemRange);
  }

  set(canonical: AttributePath, node: Located): void {
    if (node.value === undefined) return;
    const range = this.doc.locate([this.index, ...node.at]);
    if (range) this.map.set(pathKey(canonical), range);
  }
}
