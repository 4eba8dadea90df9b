import { isAlias, isCollection, isPair, type Alias, type Document, type Node } from 'yaml';

/**
 * Every alias of a document → the node it refers to: the last node before it (in document
 * order, a node before its children) with that anchor, which is what yaml's `Alias.resolve`
 * finds. `Alias.resolve` walks the whole document on each call, so a chain of merges resolving
 * aliases a hundred thousand times took seconds for a 2 KB file; this is one pass, iterative
 * (yaml's `visit` recurses, and a deeply nested file would overflow it).
 */
export function anchorTargets(doc: Document.Parsed): Map<Alias, Node> {
  const targets = new Map<Alias, Node>();
  const anchors = new Map<string, Node>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isPair(item)) {
      stack.push(item.value, item.key);
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    const node = item as Node & { anchor?: string };
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return targets;
}
