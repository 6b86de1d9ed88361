import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../dates';
import { MISSING_DAY, type AttributeColumn } from '../types';
import { attributeGroups } from './attributeGroups';

describe('attributeGroups', () => {
	const cases: {
		name: string;
		column: AttributeColumn;
		maxGroups?: number;
		keys: string[];
		codes: number[];
	}[] = [
		{
			// 'east' has nobody; the missing region becomes its own group.
			name: 'region',
			column: {
				kind: 'category',
				codes: Int32Array.from([0, 1, -1, 0]),
				labels: ['north', 'south', 'east']
			},
			keys: ['north', 'south', '__missing__'],
			codes: [0, 1, 2, 0]
		},
		{
			// a ×3, b ×1, c ×2 with maxGroups 2: keep the most common (a), merge b and c.
			name: 'channel',
			column: {
				kind: 'category',
				codes: Int32Array.from([0, 0, 0, 1, 2, 2]),
				labels: ['a', 'b', 'c']
			},
			maxGroups: 2,
			keys: ['a', '__other__'],
			codes: [0, 0, 0, 1, 1, 1]
		},
		{
			name: 'since',
			column: {
				kind: 'date',
				values: Int32Array.from([dayFromISO('2019-05-01'), dayFromISO('2021-01-01'), MISSING_DAY])
			},
			keys: ['2019', '2020', '2021', '__missing__'],
			codes: [0, 2, 3]
		},
		{
			// A column called "Age (years)" with values in 0–120 gets the standard age bands.
			name: 'Age (years)',
			column: { kind: 'number', values: Float64Array.from([22, 47, NaN]) },
			keys: ['18–24', '25–34', '35–44', '45–54', '__missing__'],
			codes: [0, 3, 4]
		},
		{
			// "page_views" is not an age: auto bands (span 47 / 5 = 9.4 → step 10 from 20).
			name: 'page_views',
			column: { kind: 'number', values: Float64Array.from([22, 47, 69]) },
			keys: ['20–29', '30–39', '40–49', '50–59', '60–69'],
			codes: [0, 2, 4]
		}
	];
	it.each(cases)('$name', ({ name, column, maxGroups, keys, codes }) => {
		const g = attributeGroups(name, column, { maxGroups });
		expect(g.keys).toEqual(keys);
		expect(Array.from(g.codes)).toEqual(codes);
	});
});
