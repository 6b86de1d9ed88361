// The eight-class RFM model end to end on ledgerFixture's ten customers, with the cuts and the
// classes worked out by hand from the listed values.
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import { ledgerFixture, tenCustomers } from '../../analytics/rfm/ledgerFixture';
import type { CentreCuts } from '../../analytics/rfm/centreCut';
import type { AnalysisContext } from '../context';
import { segmentsCustomers } from './segmentsCustomers';
import type { SegmentsSettings } from './segmentsResult';
import { segmentsRfm } from './segmentsRfm';
import { presetRules } from './segmentsRules';
import { readSettings } from './segmentsSettings';

const AS_OF = '2024-06-30';
const tx = ledgerFixture(tenCustomers, AS_OF);
const unused = async (): Promise<never> => {
	throw new Error('unused');
};
const ctx: AnalysisContext = {
	transactions: async () => tx,
	customers: unused,
	dataset: unused,
	survey: unused,
	summary: unused,
	progress: () => {}
};

function settings(centre: CentreCuts): SegmentsSettings {
	return {
		id: 'tx',
		source: 'transactions',
		unit: 'week',
		customersId: null,
		asOf: dayFromISO(AS_OF),
		bins: 2,
		monetary: 'total',
		rules: presetRules('cn8', 2).rules,
		thresholds: null,
		centre
	};
}

// Recency 1 2 5 10 20 30 60 90 120 200 (mean 53.8, median 25); frequency 10 6 4 3 2 1 1 1 1 1
// (mean 3, median 1.5); monetary 1000 600 400 300 200 100 50 40 30 20 (mean 274, median 150).
// High = above the cut for F and M, at or below it for R (more recent).
const cases = [
	{
		name: 'mean cuts',
		centre: { recency: 'mean', frequency: 'mean', monetary: 'mean' } as CentreCuts,
		edges: [53.8, 3, 274],
		// c01–03 R F M high; c04 F = 3 is not above the mean: develop; c05–06 recent, F and M low;
		// c07–10 low on all three.
		classes: [
			'importantValue',
			'importantValue',
			'importantValue',
			'importantDevelop',
			'generalDevelop',
			'generalDevelop',
			'generalRetain',
			'generalRetain',
			'generalRetain',
			'generalRetain'
		]
	},
	{
		name: 'median cuts',
		centre: { recency: 'median', frequency: 'median', monetary: 'median' } as CentreCuts,
		edges: [25, 1.5, 150],
		classes: [...Array<string>(5).fill('importantValue'), ...Array<string>(5).fill('generalRetain')]
	},
	{
		name: 'mixed: R by median, F and M by mean',
		centre: { recency: 'median', frequency: 'mean', monetary: 'mean' } as CentreCuts,
		edges: [25, 3, 274],
		// c06 (recency 30) is no longer recent: low on all three.
		classes: [
			'importantValue',
			'importantValue',
			'importantValue',
			'importantDevelop',
			'generalDevelop',
			'generalRetain',
			'generalRetain',
			'generalRetain',
			'generalRetain',
			'generalRetain'
		]
	}
];

describe('the eight-class RFM model', () => {
	it.each(cases)('$name', async ({ centre, edges, classes }) => {
		const s = settings(centre);
		const r = await segmentsRfm(ctx, { s });
		r.dimensions.forEach((d, k) => {
			expect(d.edges.length).toBe(1);
			expect(d.edges[0]).toBeCloseTo(edges[k], 9);
		});
		const page = await segmentsCustomers(ctx, {
			s,
			filter: { kind: 'all' },
			value: { basis: 'revenue' },
			all: true
		});
		const byId = new Map(page.rows.map((x) => [x.customerId, x.segment]));
		expect(tenCustomers.map((c) => byId.get(c.id))).toEqual(classes);
		// Every customer falls in one of the eight boxes.
		expect(r.segments.find((x) => x.key === 'others')?.customers ?? 0).toBe(0);
	});

	it('a typed threshold overrides the computed cut of its dimension', async () => {
		const s = {
			...settings(cases[0].centre),
			thresholds: { recency: null, frequency: [1], monetary: null }
		};
		const r = await segmentsRfm(ctx, { s });
		expect(r.dimensions.map((d) => d.edges[0])).toEqual([53.8, 1, 274]);
	});

	it('reads the cut from request params, anything but median as the mean, on 2 bins only', () => {
		const params = { bins: 2, centre: { recency: 'median', frequency: 'x', monetary: 'mean' } };
		expect(readSettings(params).centre).toEqual({
			recency: 'median',
			frequency: 'mean',
			monetary: 'mean'
		});
		expect(readSettings({ ...params, bins: 5 }).centre ?? null).toBeNull();
	});
});
