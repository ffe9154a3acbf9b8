/**
 * Layout of the source graph in four columns: affiliations | speakers | outlets | articles.
 * Syndicated copies (articles joined by `copy` edges) become one node counting its copies, so
 * the picture shows how many independent publications there are, not how many URLs.
 */
import type { GraphEdgeKind, GraphNodeKind, SourceGraph } from '../api/types.js';

export interface LaidNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  copies: number;
  column: number;
  x: number;
  y: number;
}
export interface LaidEdge {
  from: LaidNode;
  to: LaidNode;
  kind: GraphEdgeKind;
}
export interface GraphLayout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  width: number;
  height: number;
}

export const COLUMNS: readonly GraphNodeKind[] = ['affiliation', 'speaker', 'outlet', 'article'];

/** Copies merged: each node id mapped to the id of its group's first node, with group sizes. */
export function collapseCopies(graph: SourceGraph): SourceGraph {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const parent = new Map(graph.nodes.map((n) => [n.id, n.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const e of graph.edges) {
    if (e.kind !== 'copy' || !index.has(e.from) || !index.has(e.to)) continue;
    const [first, second] = [root(e.from), root(e.to)].sort((a, b) => index.get(a)! - index.get(b)!);
    parent.set(second!, first!);
  }
  const size = new Map<string, number>();
  for (const n of graph.nodes) size.set(root(n.id), (size.get(root(n.id)) ?? 0) + (n.copies ?? 1));
  const nodes = graph.nodes
    .filter((n) => root(n.id) === n.id)
    .map((n) => ({ ...n, copies: size.get(n.id) ?? 1 }));
  const seen = new Set<string>();
  const edges = graph.edges.flatMap((e) => {
    if (!index.has(e.from) || !index.has(e.to)) return [];
    const from = root(e.from);
    const to = root(e.to);
    const key = `${from}>${to}>${e.kind}`;
    if (from === to || seen.has(key)) return [];
    seen.add(key);
    return [{ from, to, kind: e.kind }];
  });
  return { nodes, edges };
}

export interface LayoutSize {
  width: number;
  rowHeight: number;
  padding: number;
}

export function layoutGraph(
  graph: SourceGraph,
  size: LayoutSize = { width: 760, rowHeight: 44, padding: 24 },
): GraphLayout {
  const { nodes, edges } = collapseCopies(graph);
  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    neighbours.get(e.from)?.push(e.to);
    neighbours.get(e.to)?.push(e.from);
  }
  const rank = new Map<string, number>();
  const columns = COLUMNS.map((kind) => nodes.filter((n) => n.kind === kind));
  // speakers keep the API's order; every other column follows the mean row of its neighbours
  columns[1]!.forEach((n, i) => rank.set(n.id, i));
  for (const c of [0, 2, 3]) {
    const mean = (id: string): number => {
      const rows = (neighbours.get(id) ?? [])
        .map((m) => rank.get(m))
        .filter((r): r is number => r !== undefined);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Infinity;
    };
    columns[c]!.sort((a, b) => mean(a.id) - mean(b.id));
    columns[c]!.forEach((n, i) => rank.set(n.id, i));
  }
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const height = rows * size.rowHeight + size.padding * 2;
  const step = (size.width - size.padding * 2) / COLUMNS.length;
  const laid = new Map<string, LaidNode>();
  columns.forEach((column, c) => {
    const top = (height - column.length * size.rowHeight) / 2 + size.rowHeight / 2;
    column.forEach((n, i) => {
      laid.set(n.id, {
        ...n,
        copies: n.copies ?? 1,
        column: c,
        x: size.padding + step * (c + 0.5),
        y: top + i * size.rowHeight,
      });
    });
  });
  const laidEdges = edges.flatMap((e) => {
    const from = laid.get(e.from);
    const to = laid.get(e.to);
    return from && to ? [{ from, to, kind: e.kind }] : [];
  });
  return { nodes: [...laid.values()], edges: laidEdges, width: size.width, height };
}
