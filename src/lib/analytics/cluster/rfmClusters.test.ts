import { describe, expect, it } from 'vitest';
import type { CustomerMetrics } from '../customers/customerTable';
import { composeClusterName } from './composeClusterName';
import { rfmClusters } from './rfmClusters';

// Two obvious groups: H (recent, frequent, big spenders) and L (lapsed, rare, small).
const table = {
	length: 6,
	ids: ['h1', 'h2', 'h3', 'l1', 'l2', 'l3'],
	recency: Int32Array.from([1, 2, 3, 300, 320, 340]),
	frequency: Int32Array.from([10, 12, 14, 1, 1, 2]),
	monetary: Float64Array.from([1000, 1200, 1400, 20, 30, 40]),
	average: null
} as unknown as CustomerMetrics;

describe('rfmClusters', () => {
	const result = rfmClusters(table, { k: 2, seed: 5 });
	const h = result.profiles.find((p) => p.meanRecency === 2);
	const l = result.profiles.find((p) => p.meanRecency === 320);
	// By hand: H means 2 days, 12 purchases, 1200; revenue 3600 of 3690.
	// L means 320 days, 4/3 purchases (median 1), 30; revenue 90.
	const cases = [
		{
			name: 'H',
			profile: h,
			expected: {
				size: 3,
				share: 0.5,
				medianRecency: 2,
				meanFrequency: 12,
				medianFrequency: 12,
				meanMonetary: 1200,
				medianMonetary: 1200,
				revenue: 3600
			},
			share: 3600 / 3690,
			parts: ['recent', 'frequent', 'highSpend']
		},
		{
			name: 'L',
			profile: l,
			expected: {
				size: 3,
				share: 0.5,
				medianRecency: 320,
				medianFrequency: 1,
				meanMonetary: 30,
				medianMonetary: 30,
				revenue: 90
			},
			share: 90 / 3690,
			parts: ['lapsed', 'infrequent', 'lowSpend']
		}
	];
	it.each(cases)('profile $name in original units', ({ profile, expected, share, parts }) => {
		expect(profile).toMatchObject(expected);
		expect(profile?.revenueShare).toBeCloseTo(share, 12);
		expect(profile?.nameParts).toEqual(parts);
	});
	it('L mean frequency is 4/3', () => expect(l?.meanFrequency).toBeCloseTo(4 / 3, 12));
	it('composes a name from the keys with the given dictionary', () => {
		const dict = {
			'segments.cluster.recent': 'R+',
			'segments.cluster.frequent': 'F+',
			'segments.cluster.separator': ' / '
		};
		// Unknown keys fall back to the key itself.
		expect(composeClusterName(h?.nameParts ?? [], dict)).toBe('R+ / F+ / highSpend');
	});
});
