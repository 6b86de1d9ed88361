import { describe, expect, it } from 'vitest';
import type { SegmentRow } from '$lib/analytics/rfm/segmentTable';
import { segmentTreemapChart } from './segmentTreemapChart';

const row = (key: string, customers: number, share: number, revenueShare: number | null) =>
	({ key, customers, share, revenue: null, revenueShare }) as SegmentRow;
// Two segments: A 3 customers (75 %) worth 90 (90 %), B 1 customer (25 %) worth 10 (10 %).
const segments = [row('a', 3, 0.75, 0.9), row('b', 1, 0.25, 0.1)];
const leaf = (key: string, value: number, customers: number, revenue: number) => ({
	key,
	value,
	customers,
	revenue
});
const treemap = {
	customers: {
		key: 'all' as const,
		children: [leaf('a', 3, 3, 90), leaf('b', 1, 1, 10)],
		omitted: []
	},
	revenue: {
		key: 'all' as const,
		children: [leaf('a', 90, 3, 90), leaf('b', 10, 1, 10)],
		omitted: []
	}
};
const text = {
	segment: (k: string) => k.toUpperCase(),
	color: (k: string) => `#${k}`,
	n: (v: number) => `n${v}`,
	money: (v: number | null) => `$${v}`,
	pct: (v: number | null | undefined) => `${(v ?? 0) * 100}%`
};

describe('segmentTreemapChart', () => {
	it.each([
		{
			wanted: 'customers',
			hasRevenue: true,
			size: 'customers',
			values: [3, 1],
			detail: ['n3 · 75%', 'n1 · 25%']
		},
		{
			wanted: 'revenue',
			hasRevenue: true,
			size: 'revenue',
			values: [90, 10],
			detail: ['$90 · 90%', '$10 · 10%']
		},
		// Without amounts a revenue treemap falls back to customers.
		{
			wanted: 'revenue',
			hasRevenue: false,
			size: 'customers',
			values: [3, 1],
			detail: ['n3 · 75%', 'n1 · 25%']
		}
	] as const)(
		'$wanted (amounts: $hasRevenue) → by $size',
		({ wanted, hasRevenue, size, values, detail }) => {
			const c = segmentTreemapChart(
				{ segments, treemap: { ...treemap, revenue: hasRevenue ? treemap.revenue : null } },
				wanted,
				text
			);
			expect(c.size).toBe(size);
			expect(c.tiles.map((t) => t.value)).toEqual(values);
			expect(c.tiles.map((t) => t.detail)).toEqual(detail);
			expect(c.tiles.map((t) => [t.label, t.color])).toEqual([
				['A', '#a'],
				['B', '#b']
			]);
		}
	);
});
