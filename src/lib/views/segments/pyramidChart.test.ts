// The pyramid's tiers from literal analysis rows, with words that show what went where.
import { describe, expect, it } from 'vitest';
import type { PyramidTierRow } from '$lib/analytics/value/valuePyramid';
import { pyramidChart } from './pyramidChart';

const row = (
	name: PyramidTierRow['name'],
	customers: number,
	customerShare: number,
	value: number,
	valueShare: number | null
): PyramidTierRow => ({
	name,
	customers,
	customerShare,
	value,
	valueShare,
	minValue: null,
	maxValue: null
});
const text = {
	tier: (name: string) => name.toUpperCase(),
	customers: (n: number, share: number) => `${n} (${share})`,
	valueShare: (share: number) => `${share} of basis`,
	inside: (share: number) => `${share}%`,
	money: (v: number) => `$${v}`
};

describe('pyramidChart', () => {
	it.each([
		{
			// Total 100: shares given, the share inside each tier.
			name: 'positive total',
			rows: [row('platinum', 1, 0.25, 60, 0.6), row('gold', 3, 0.75, 40, 0.4)],
			marks: [
				['platinum', 'PLATINUM', '#p', '0.6%', ['1 (0.25)', '0.6 of basis']],
				['gold', 'GOLD', '#g', '0.4%', ['3 (0.75)', '0.4 of basis']]
			]
		},
		{
			// Margins summing to −20: no share, nothing inside, the value itself beside the tier.
			name: 'no positive total',
			rows: [row('platinum', 1, 0.5, 10, null), row('gold', 1, 0.5, -30, null)],
			marks: [
				['platinum', 'PLATINUM', '#p', undefined, ['1 (0.5)', '$10']],
				['gold', 'GOLD', '#g', undefined, ['1 (0.5)', '$-30']]
			]
		}
	])('$name', ({ rows, marks }) => {
		const got = pyramidChart(rows, ['#p', '#g'], text);
		expect(got.map((m) => [m.key, m.label, m.color, m.inside, m.lines])).toEqual(marks);
	});
});
