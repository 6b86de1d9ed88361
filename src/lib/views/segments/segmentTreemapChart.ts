// The segment treemap's tiles from the segments analysis: sized by customers, or by revenue
// when asked and the data has amounts (otherwise customers); each tile's second line is its
// size and share ("412 · 17.5 %" or "$1,200 · 8.0 %"). Segments with nothing to draw are the
// tree's `omitted`, named under the chart.
import type { SegmentRow } from '$lib/analytics/rfm/segmentTable';
import type { SegmentTreemap } from '$lib/analytics/rfm/segmentTreemap';

export interface TreemapTile {
	key: string;
	label: string;
	value: number;
	color: string;
	detail: string;
}

export interface SegmentTreemapText {
	segment: (key: string) => string;
	color: (key: string) => string;
	n: (v: number) => string;
	money: (v: number | null) => string;
	pct: (v: number | null | undefined) => string;
}

export function segmentTreemapChart(
	rfm: {
		segments: SegmentRow[];
		treemap: { customers: SegmentTreemap; revenue: SegmentTreemap | null };
	},
	wanted: 'customers' | 'revenue',
	text: SegmentTreemapText
): { size: 'customers' | 'revenue'; tree: SegmentTreemap; tiles: TreemapTile[] } {
	const revenue = wanted === 'revenue' ? rfm.treemap.revenue : null;
	const size = revenue ? 'revenue' : 'customers';
	const tree = revenue ?? rfm.treemap.customers;
	const byKey = new Map(rfm.segments.map((r) => [r.key, r]));
	const tiles = tree.children.map((leaf) => {
		const row = byKey.get(leaf.key);
		return {
			key: leaf.key,
			label: text.segment(leaf.key),
			value: leaf.value,
			color: text.color(leaf.key),
			detail:
				size === 'revenue'
					? `${text.money(leaf.revenue)} · ${text.pct(row?.revenueShare)}`
					: `${text.n(leaf.customers)} · ${text.pct(row?.share)}`
		};
	});
	return { size, tree, tiles };
}
