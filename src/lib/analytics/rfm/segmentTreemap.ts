// Treemap input (a d3.hierarchy root) sized by customers or revenue. Segments with nothing
// to draw (zero or negative size) are left out and listed, since a treemap cannot show them.
import type { SegmentRow } from './segmentTable';

export interface TreemapLeaf {
	key: string;
	value: number;
	customers: number;
	revenue: number | null;
}

export interface SegmentTreemap {
	key: 'all';
	children: TreemapLeaf[];
	/** Segments not drawn because their size is zero or negative. */
	omitted: string[];
}

export function segmentTreemap(
	rows: SegmentRow[],
	size: 'customers' | 'revenue' = 'customers'
): SegmentTreemap {
	const children: TreemapLeaf[] = [];
	const omitted: string[] = [];
	for (const row of rows) {
		const value = size === 'customers' ? row.customers : (row.revenue ?? 0);
		if (value > 0)
			children.push({ key: row.key, value, customers: row.customers, revenue: row.revenue });
		else omitted.push(row.key);
	}
	return { key: 'all', children, omitted };
}
