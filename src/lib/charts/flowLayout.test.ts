// The flow layout against hand computations. Box 200 × 130, label room 40: the nodes stand in
// 130 − 24 (titles) − 6 = 100 px; a column of 4 customers in two nodes has 100 − 6 (one gap)
// = 94 px for 4, 23.5 px each. Left nodes at x = 40, right at 200 − 40 − 14 = 146; bands run
// from x0 = 54 to x1 = 146, their control points at the middle, 100.
import { describe, expect, it } from 'vitest';
import { flowLayout } from './flowLayout';

const node = (id: string, value: number, color?: string) => ({ id, label: id, value, color });
const link = (source: string, target: string, value: number) => ({ source, target, value });

describe('flowLayout', () => {
	it.each([
		{
			name: 'A 3, B 1 → C 2, D 2',
			left: [node('A', 3, '#a'), node('B', 1, '#b')],
			right: [node('C', 2), node('D', 2)],
			// Given out of order: laid out by source, then target.
			links: [link('B', 'D', 1), link('A', 'D', 1), link('A', 'C', 2)],
			nodes: [
				['A', 40, 24, 70.5],
				['B', 40, 100.5, 23.5],
				['C', 146, 24, 47],
				['D', 146, 77, 47]
			],
			// A leaves with C first (24…71) then D (71…94.5); D takes A's band first (77…100.5),
			// then B's (100.5…124).
			bands: [
				['A→C', 24, 24, 47, '#a'],
				['A→D', 71, 77, 23.5, '#a'],
				['B→D', 100.5, 100.5, 23.5, '#b']
			]
		},
		{
			// The fuller column sets the scale: left 1 + 1 in 94 px would be 47 per unit, the
			// right column's 4 in 100 px (one node, no gap) 25; both use 25. A link to an
			// unknown node and a link of 0 draw nothing; default colours come from the palette.
			name: 'shared scale, dropped links',
			left: [node('A', 1), node('B', 1)],
			right: [node('C', 4, '#c')],
			links: [link('A', 'C', 1), link('B', 'C', 0), link('A', 'X', 1)],
			nodes: [
				['A', 40, 24, 25],
				['B', 40, 55, 25],
				['C', 146, 24, 100]
			],
			bands: [['A→C', 24, 24, 25, '#0072B2']]
		}
	])('$name', ({ left, right, links, nodes, bands }) => {
		const f = flowLayout(left, right, links, 200, 130, 40);
		expect([...f.left, ...f.right].map((n) => [n.id, n.x, n.y, n.h])).toEqual(nodes);
		expect(
			f.bands.map((b) => [`${b.link.source}→${b.link.target}`, b.y0, b.y1, b.h, b.color])
		).toEqual(bands);
	});

	it('a band is a closed path from the source column to the target column', () => {
		const f = flowLayout([node('A', 1)], [node('B', 1)], [link('A', 'B', 1)], 200, 130, 40);
		// One node per column: 100 px for 1 customer.
		expect(f.bands[0].d).toBe('M54,24 C100,24 100,24 146,24 L146,124 C100,124 100,124 54,124 Z');
	});

	it('a node of 0 is still 1 px high', () => {
		// Left: (100 − 6) / 2 = 47 px per unit, right 100 / 2 = 50; the smaller, 47, for both.
		const f = flowLayout([node('A', 0), node('B', 2)], [node('C', 2)], [], 200, 130, 40);
		expect(f.left.map((n) => n.h)).toEqual([1, 94]);
	});
});
