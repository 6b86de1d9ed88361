// Tiles against hand computations of d3's squarified layout. With paddingInner 2 the children
// are tiled in the box grown by 1 px on each side (102 × 52 for 100 × 50), then each tile is
// shrunk by 1 px on each side and its edges rounded (Math.round: 74.5 → 75).
import { describe, expect, it } from 'vitest';
import { treemapLayout } from './treemapLayout';

/** An item: key and value. A tile: key, index in the input, x, y, width, height. */
type Item = [string, number];
type Tile = [string, number, number, number, number, number];

interface Case {
	name: string;
	/** Width and height of the box. */
	box: [number, number];
	items: Item[];
	tiles: Tile[];
}

// One case a row (prettier would put each number of the nested arrays on a line of its own).
// prettier-ignore
const cases: Case[] = [
	// 3 : 1 — a column of 3/4 · 102 = 76.5 px (aspect 1.5, better than a 3-over-1 row's 2.6),
	// then the rest: a on −1…75.5 → 0…74.5 → 0…75; b on 75.5…101 → 76.5…100 → 77…100.
	{ name: '3 and 1 in 100 × 50', box: [100, 50], items: [['a', 3], ['b', 1]],
		tiles: [['a', 0, 0, 0, 75, 50], ['b', 1, 77, 0, 23, 50]] },
	// A zero value gets no tile but keeps its index; two equal halves of 102: −1…50, 50…101.
	{ name: 'zero left out, equal halves', box: [100, 50], items: [['z', 0], ['b', 2], ['c', 2]],
		tiles: [['b', 1, 0, 0, 49, 50], ['c', 2, 51, 0, 49, 50]] },
	// Largest first whatever the input order; in a tall box the split is a row: the 3 on top,
	// 3/4 · 102 = 76.5 px high (−1…75.5 → 0…75), the 1 under it (77…100).
	{ name: 'tall box, input smallest first', box: [50, 100], items: [['s', 1], ['l', 3]],
		tiles: [['l', 1, 0, 0, 50, 75], ['s', 0, 0, 77, 50, 23]] },
	// No tile at all (d3 alone would return the empty root as one box-sized leaf).
	{ name: 'nothing positive', box: [100, 50], items: [['n', -1]], tiles: [] },
	// A box narrower than 1 px is laid out as 1 px wide: −1…2 → 0…1 (and −1…11 → 0…10).
	{ name: 'zero width', box: [0, 10], items: [['a', 1]], tiles: [['a', 0, 0, 0, 1, 10]] }
];

describe('treemapLayout', () => {
	it.each(cases)('$name', ({ box: [width, height], items, tiles }) => {
		const got = treemapLayout(
			items.map(([key, value]) => ({ key, value })),
			width,
			height
		).map((t): Tile => [t.item.key, t.index, t.x, t.y, t.w, t.h]);
		expect(got).toEqual(tiles);
	});
});
