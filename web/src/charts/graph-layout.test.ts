import { describe, expect, it } from 'vitest';
import type { SourceGraph } from '../api/types.js';
import { collapseCopies, layoutGraph } from './graph-layout.js';

const graph: SourceGraph = {
  nodes: [
    { id: 'sp:kirby', kind: 'speaker', label: 'John Kirby' },
    { id: 'sp:official', kind: 'speaker', label: 'unnamed US official' },
    { id: 'aff:US', kind: 'affiliation', label: 'United States' },
    { id: 'out:cnn', kind: 'outlet', label: 'CNN' },
    { id: 'art:2', kind: 'article', label: 'Global Wire' },
    { id: 'art:3', kind: 'article', label: 'Metro Daily' },
    { id: 'art:5', kind: 'article', label: 'Kabar Pagi' },
  ],
  edges: [
    { from: 'sp:kirby', to: 'aff:US', kind: 'member' },
    { from: 'sp:official', to: 'aff:US', kind: 'member' },
    { from: 'out:cnn', to: 'sp:official', kind: 'relayed' },
    { from: 'sp:kirby', to: 'art:2', kind: 'said' },
    { from: 'sp:kirby', to: 'art:3', kind: 'said' },
    { from: 'sp:kirby', to: 'art:5', kind: 'said' },
    { from: 'art:3', to: 'art:2', kind: 'copy' },
    { from: 'art:5', to: 'art:3', kind: 'copy' },
  ],
};

describe('source graph layout', () => {
  it('collapses syndicated copies into one node that counts them', () => {
    const { nodes, edges } = collapseCopies(graph);
    const articles = nodes.filter((n) => n.kind === 'article');
    expect(articles).toEqual([{ id: 'art:2', kind: 'article', label: 'Global Wire', copies: 3 }]);
    expect(edges.filter((e) => e.kind === 'said')).toEqual([{ from: 'sp:kirby', to: 'art:2', kind: 'said' }]);
    expect(edges.some((e) => e.kind === 'copy')).toBe(false);
  });

  it('adds up copies the server already collapsed', () => {
    const { nodes } = collapseCopies({
      nodes: [
        { id: 'a', kind: 'article', label: 'A', copies: 2 },
        { id: 'b', kind: 'article', label: 'B' },
      ],
      edges: [{ from: 'b', to: 'a', kind: 'copy' }],
    });
    expect(nodes).toEqual([{ id: 'a', kind: 'article', label: 'A', copies: 3 }]);
  });

  it('puts affiliations, speakers, outlets and articles in columns from left to right', () => {
    const layout = layoutGraph(graph);
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x('aff:US')).toBeLessThan(x('sp:kirby'));
    expect(x('sp:kirby')).toBeLessThan(x('out:cnn'));
    expect(x('out:cnn')).toBeLessThan(x('art:2'));
    expect(layout.nodes.every((n) => n.y > 0 && n.y < layout.height)).toBe(true);
  });

  it('ignores edges to nodes the graph does not have', () => {
    const layout = layoutGraph({
      nodes: graph.nodes,
      edges: [...graph.edges, { from: 'sp:kirby', to: 'ghost', kind: 'said' }],
    });
    expect(layout.edges.every((e) => e.from && e.to)).toBe(true);
    expect(layout.edges).toHaveLength(4);
  });
});
