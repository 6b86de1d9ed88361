// Where each tile of a treemap goes in a box of width × height px: d3's squarified layout,
// largest first, 2 px between tiles, edges on whole pixels. Items without a positive value get
// no tile; `index` is the item's place in the input (its default colour).
import { hierarchy, treemap, treemapSquarify } from 'd3';

export interface TreemapTile<T> {
	item: T;
	index: number;
	x: number;
	y: number;
	w: number;
	h: number;
}

type Node<T> = T | { children: T[] };

export function treemapLayout<T extends { value: number }>(
	items: T[],
	width: number,
	height: number
): TreemapTile<T>[] {
	const positive = items.filter((d) => d.value > 0);
	// Without children the root itself would be the one leaf: a tile for nothing.
	if (positive.length === 0) return [];
	const root = hierarchy<Node<T>>({ children: positive })
		.sum((d) => ('children' in d ? 0 : d.value))
		.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
	return treemap<Node<T>>()
		.tile(treemapSquarify)
		.size([Math.max(1, width), height])
		.paddingInner(2)
		.round(true)(root)
		.leaves()
		.map((n) => ({
			item: n.data as T,
			index: items.indexOf(n.data as T),
			x: n.x0,
			y: n.y0,
			w: n.x1 - n.x0,
			h: n.y1 - n.y0
		}));
}
