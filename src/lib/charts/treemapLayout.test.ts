// Tiles against hand computations of d3's squarified layout. With paddingInner 2 the children
// are tiled in the box grown by 1 px on each side (102 × 52 for 100 × 50), then each tile is
// shrunk by 1 px on each side and its edges rounded (Math.round: 74.5 → 75).
import { describe, expect, it } from 'vitest';
import { treemapLayout } from './treemapLayout';

const item = (key: string, value: number) => ({ key, value });

describe('treemapLayout', () => {
	it.each([
		{
			// 3 : 1 — a column of 3/4 · 102 = 76.5 px (aspect 1.5, better than a 3-over-1 row's
			// 2.6), then the rest: a on −1…75.5 → 0…74.5 → 0…75; b on 75.5…101 → 76.5…100 → 77…100.
			name: '3 and 1 in 100 × 50',
			items: [item('a', 3), item('b', 1)],
			width: 100,
			height: 50,
			tiles: [
				{ key: 'a', index: 0, x: 0, y: 0, w: 75, h: 50 },
				{ key: 'b', index: 1, x: 77, y: 0, w: 23, h: 50 }
			]
		},
		{
			// A zero value gets no tile but keeps its index; two equal halves of 102: −1…50, 50…101.
			name: 'zero left out, equal halves',
			items: [item('z', 0), item('b', 2), item('c', 2)],
			width: 100,
			height: 50,
			tiles: [
				{ key: 'b', index: 1, x: 0, y: 0, w: 49, h: 50 },
				{ key: 'c', index: 2, x: 51, y: 0, w: 49, h: 50 }
			]
		},
		{
			// Largest first whatever the input order; in a tall box the split is a row: the 3 on
			// top, 3/4 · 102 = 76.5 px high (−1…75.5 → 0…75), the 1 under it (77…100).
			name: 'tall box, input smallest first',
			items: [item('s', 1), item('l', 3)],
			width: 50,
			height: 100,
			tiles: [
				{ key: 'l', index: 1, x: 0, y: 0, w: 50, h: 75 },
				{ key: 's', index: 0, x: 0, y: 77, w: 50, h: 23 }
			]
		},
		// No tile at all (d3 alone would return the empty root as one box-sized leaf).
		{ name: 'nothing positive', items: [item('n', -1)], width: 100, height: 50, tiles: [] }
	])('$name', ({ items, width, height, tiles }) => {
		const got = treemapLayout(items, width, height).map((t) => ({
			key: t.item.key,
			index: t.index,
			x: t.x,
			y: t.y,
			w: t.w,
			h: t.h
		}));
		expect(got).toEqual(tiles);
	});

	it('a box narrower than 1 px is laid out as 1 px wide', () => {
		const [t] = treemapLayout([item('a', 1)], 0, 10);
		expect([t.x, t.w, t.h]).toEqual([0, 1, 10]);
	});
});
