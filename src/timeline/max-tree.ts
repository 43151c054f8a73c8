// A bottom-up segment tree of maxima over an array in start order. It answers "latest end in
// positions [lo, hi)" in O(log n) and finds the spans still running at an instant without
// walking the ones that ended earlier.

export interface MaxTree {
  size: number;
  /** values[size + i] is leaf i; values[1] is the root. */
  values: Float64Array;
}

export function createMaxTree(leaves: ArrayLike<number>): MaxTree {
  let size = 1;
  while (size < leaves.length) size *= 2;
  const values = new Float64Array(size * 2).fill(-Infinity);
  for (let i = 0; i < leaves.length; i++) values[size + i] = leaves[i] as number;
  for (let node = size - 1; node >= 1; node--)
    values[node] = Math.max(values[node * 2]!, values[node * 2 + 1]!);
  return { size, values };
}

/** The maximum over positions [lo, hi), or -Infinity when empty. */
export function queryMax(tree: MaxTree, lo: number, hi: number): number {
  let result = -Infinity;
  let l = lo + tree.size;
  let r = hi + tree.size;
  while (l < r) {
    if (l & 1) result = Math.max(result, tree.values[l++]!);
    if (r & 1) result = Math.max(result, tree.values[--r]!);
    l >>= 1;
    r >>= 1;
  }
  return result;
}

/** Appends to `out`, in order, the positions in [lo, hi) whose value is > threshold. */
export function collectAbove(
  tree: MaxTree,
  lo: number,
  hi: number,
  threshold: number,
  out: number[],
): void {
  visit(tree, 1, 0, tree.size, lo, hi, threshold, out);
}

function visit(
  tree: MaxTree,
  node: number,
  nodeLo: number,
  nodeHi: number,
  lo: number,
  hi: number,
  threshold: number,
  out: number[],
): void {
  if (nodeHi <= lo || nodeLo >= hi || tree.values[node]! <= threshold) return;
  if (nodeHi - nodeLo === 1) {
    out.push(nodeLo);
    return;
  }
  const mid = (nodeLo + nodeHi) >>> 1;
  visit(tree, node * 2, nodeLo, mid, lo, hi, threshold, out);
  visit(tree, node * 2 + 1, mid, nodeHi, lo, hi, threshold, out);
}
