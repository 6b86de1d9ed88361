import { describe, expect, it } from 'vitest';
import { segmentPresets } from '../../analytics/rfm/segmentPresets';
import { readFilter, readSettings, readValueSettings } from './segmentsSettings';

describe('readSettings', () => {
	const cases = [
		{
			name: 'defaults for an empty request',
			params: {},
			expected: {
				id: '',
				source: 'transactions',
				unit: 'week',
				customersId: null,
				asOf: null,
				bins: 5,
				monetary: 'total',
				rules: segmentPresets.rfmVignette,
				thresholds: null
			}
		},
		{
			name: 'nested settings, bins out of range, a bad rule dropped, m defaulting to any score',
			params: {
				s: {
					id: 'tx',
					customersId: 'cu',
					asOf: 20000,
					bins: 12,
					monetary: 'average',
					rules: [
						{ key: ' vip ', r: [4, 5], f: [4, 5] },
						{ key: 'broken', r: [1], f: [1, 2] },
						{ key: '', r: [1, 1], f: [1, 1] }
					],
					thresholds: { recency: [10, 20, 30, 40], frequency: ['x'] }
				}
			},
			expected: {
				id: 'tx',
				source: 'transactions',
				unit: 'week',
				customersId: 'cu',
				asOf: 20000,
				bins: 5,
				monetary: 'average',
				rules: [{ key: 'vip', r: [4, 5], f: [4, 5], m: [1, 5] }],
				thresholds: { recency: [10, 20, 30, 40], frequency: null, monetary: null }
			}
		},
		{
			name: 'a fractional date and an empty rule list',
			params: { id: 'tx', asOf: 1.5, bins: 3, rules: [] },
			expected: {
				id: 'tx',
				source: 'transactions',
				unit: 'week',
				customersId: null,
				asOf: null,
				bins: 3,
				monetary: 'total',
				rules: [],
				thresholds: null
			}
		},
		{
			name: 'a summary: its unit is kept and M is always the average spend it carries',
			params: { id: 'su', source: 'summary', unit: 'month', monetary: 'total' },
			expected: {
				id: 'su',
				source: 'summary',
				unit: 'month',
				customersId: null,
				asOf: null,
				bins: 5,
				monetary: 'average',
				rules: segmentPresets.rfmVignette,
				thresholds: null
			}
		},
		{
			name: 'an unknown source and unit fall back to transactions and weeks',
			params: { id: 'tx', source: 'sql', unit: 'year' },
			expected: {
				id: 'tx',
				source: 'transactions',
				unit: 'week',
				customersId: null,
				asOf: null,
				bins: 5,
				monetary: 'total',
				rules: segmentPresets.rfmVignette,
				thresholds: null
			}
		}
	];
	it.each(cases)('$name', ({ params, expected }) => {
		expect(readSettings(params)).toEqual(expected);
	});
});

describe('readValueSettings and readFilter', () => {
	it('falls back to the standard cuts and the automatic basis', () => {
		expect(readValueSettings(undefined)).toEqual({ cuts: [5, 15, 30, 50], basis: 'auto' });
		expect(readValueSettings({ cuts: [1, 4, 15, 80], basis: 'margin' })).toEqual({
			cuts: [1, 4, 15, 80],
			basis: 'margin'
		});
		expect(readValueSettings({ cuts: ['1'], basis: 'profit' })).toEqual({
			cuts: [5, 15, 30, 50],
			basis: 'auto'
		});
	});
	const filters = [
		{ input: null, expected: { kind: 'all' } },
		{ input: { kind: 'segment', segment: 'lost' }, expected: { kind: 'segment', segment: 'lost' } },
		{ input: { kind: 'cell', r: 5, f: '5' }, expected: { kind: 'cell', r: 5, f: -1 } },
		{
			input: { kind: 'score', dimension: 'x', score: 2 },
			expected: { kind: 'score', dimension: 'recency', score: 2 }
		},
		{
			input: { kind: 'attribute', attribute: 'region', group: 'East' },
			expected: { kind: 'attribute', attribute: 'region', group: 'East', segment: undefined }
		}
	];
	it.each(filters)('filter $input', ({ input, expected }) => {
		expect(readFilter(input)).toEqual(expected);
	});
});
