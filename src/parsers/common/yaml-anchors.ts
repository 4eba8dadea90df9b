import { isAlias, isCollection, isPair, type Alias, type Document, type Node } from 'yaml';

/**
 * Every alias of a document resolved in one pass. yaml's `Alias.resolve(doc)` walks the whole
 * document for each alias, and its walk copies the path at every level: aliases × size × depth,
 * so 70 aliases beside a 50,000-deep value (a 300 KB file) took minutes (found by the fuzz suite,
 * fixtures/fuzz/yaml-alias-walk). This index finds the same node: the last node carrying the
 * anchor before the alias, in document order.
 */
export class AnchorIndex {
  /** anchor name → nodes carrying it, with their position in document order (ascending). */
  private readonly anchors = new Map<string, { order: number; node: Node }[]>();
  private readonly aliasOrder = new Map<Alias, number>();

  constructor(doc: Document.Parsed) {
    // pre-order, as yaml's visit: a collection, then its items; a pair, then its key and value
    const stack: unknown[] = [doc.contents];
    let order = 0;
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || node === undefined || typeof node !== 'object') continue;
      order++;
      if (isAlias(node)) this.aliasOrder.set(node, order);
      else if (isPair(node)) stack.push(node.value, node.key);
      else {
        const anchor = (node as Node).anchor;
        if (anchor) (this.anchors.get(anchor) ?? this.anchors.set(anchor, []).get(anchor)!).push({ order, node: node as Node });
        if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
      }
    }
  }

  /** The node `alias` refers to, or undefined when no anchor of its name comes before it. */
  resolve(alias: Alias): Node | undefined {
    const at = this.aliasOrder.get(alias);
    const candidates = this.anchors.get(alias.source);
    if (at === undefined || candidates === undefined) return undefined;
    let found: Node | undefined;
    let low = 0;
    let high = candidates.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (candidates[mid].order < at) {
        found = candidates[mid].node;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }
}
