import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { surveyReport } from './surveyReport';
import { surveyFromCsvText } from './surveyFromCsvText';
import type { SurveyTable } from '../types';

const read = (path: string) => surveyFromCsvText(readFileSync(path, 'utf8'));

/** Alpha by the variance-of-totals formula, row by row from the raw answers. */
function alphaFromTotals(cols: Float64Array[]): number {
	const n = cols[0].length;
	const variance = (x: ArrayLike<number>) => {
		let m = 0;
		for (let i = 0; i < n; i++) m += x[i];
		m /= n;
		let s = 0;
		for (let i = 0; i < n; i++) s += (x[i] - m) ** 2;
		return s / (n - 1);
	};
	const totals = new Float64Array(n);
	for (const c of cols) for (let i = 0; i < n; i++) totals[i] += c[i];
	return (
		(cols.length / (cols.length - 1)) *
		(1 - cols.reduce((s, c) => s + variance(c), 0) / variance(totals))
	);
}

describe('surveyReport on the ECSI mobile-phone survey (headers only, no map)', () => {
	const t = read('tests/fixtures/ecsi-mobi/mobi.csv');
	const r = surveyReport(t);
	const it_ = t.items;

	it('counts respondents and detects 1–10 everywhere', () => {
		expect(r.respondents).toBe(250);
		expect(Object.keys(r.scales)).toHaveLength(24);
		expect(new Set(Object.values(r.scales).map((s) => s?.join('–')))).toEqual(new Set(['1–10']));
	});

	const constructs = [
		{ name: 'satisfaction', items: ['CUSA1', 'CUSA2', 'CUSA3'] },
		{ name: 'image', items: ['IMAG1', 'IMAG2', 'IMAG3', 'IMAG4', 'IMAG5'] },
		{ name: 'quality', items: ['PERQ1', 'PERQ2', 'PERQ3', 'PERQ4', 'PERQ5', 'PERQ6', 'PERQ7'] },
		{ name: 'perceivedValue', items: ['PERV1', 'PERV2'] }
	] as const;
	it.each(constructs)(
		'$name: items, alpha from totals, mean rescaled by hand',
		({ name, items }) => {
			const c = r.constructs[name]!;
			expect(c.items).toEqual(items);
			// Same 1–10 scale for every item, so alpha on the rescaled items equals alpha on the raw ones.
			expect(c.alpha).toBeCloseTo(alphaFromTotals(items.map((i) => it_[i])), 10);
			// No blanks: the mean score is (grand mean of the items − 1) / 9 × 10.
			let sum = 0;
			for (const i of items) for (const v of it_[i]) sum += v;
			expect(c.mean).toBeCloseTo(((sum / (250 * items.length) - 1) / 9) * 10, 10);
		}
	);

	it('single-item loyalty measures from the ECSI codes; the loyalty index leaves price tolerance (CUSL2) out', () => {
		expect(r.constructs.repurchase!.items).toEqual(['CUSL1']);
		expect(r.constructs.priceTolerance!.items).toEqual(['CUSL2']);
		expect(r.constructs.recommendation!.items).toEqual(['CUSL3']);
		expect(r.constructs.repurchase!.alpha).toBeNull();
		expect(r.loyaltyBlock!.items).toEqual(['CUSL1', 'CUSL3']);
		expect(r.loyaltyBlock!.alpha).toBeCloseTo(0.7, 1); // published ≈ 0.70 without CUSL2
		expect(r.loyaltyBlock!.flagged).toEqual([]);
	});

	it('no NPS: the recommendation item is on 1–10', () => {
		expect(r.nps).toBeNull();
		expect(r.issues).toContainEqual(
			expect.objectContaining({ code: 'nps_wrong_scale', item: 'CUSL3', scale: [1, 10] })
		);
	});

	it('quadrant counts match a row-by-row classification with the default lines', () => {
		// Satisfaction = mean CUSA rescaled, loyalty = mean of CUSL1 and CUSL3 rescaled (the index
		// leaves price tolerance out); high ≥ 7, apostle ≥ 9 on both, terrorist ≤ 2 on both.
		const expected = {
			apostle: 0,
			loyalist: 0,
			mercenary: 0,
			hostage: 0,
			defector: 0,
			terrorist: 0
		};
		for (let i = 0; i < 250; i++) {
			const s = ((it_.CUSA1[i] + it_.CUSA2[i] + it_.CUSA3[i]) / 3 - 1) * (10 / 9);
			const l = ((it_.CUSL1[i] + it_.CUSL3[i]) / 2 - 1) * (10 / 9);
			const zone =
				s >= 9 && l >= 9
					? 'apostle'
					: s >= 7 && l >= 7
						? 'loyalist'
						: s >= 7
							? 'mercenary'
							: l >= 7
								? 'hostage'
								: s <= 2 && l <= 2
									? 'terrorist'
									: 'defector';
			expected[zone]++;
		}
		expect(r.quadrants).toEqual(expected);
	});
});

describe('surveyReport on the bank survey with a user map', () => {
	const t = read('tests/fixtures/bank-satisfaction/satisfaction.csv');
	const map = {
		sat1: 'satisfaction',
		sat2: 'satisfaction',
		sat3: 'satisfaction',
		sat4: 'satisfaction',
		loy1: 'repurchase',
		loy3: 'recommendation',
		gender: 'satisfaction', // a group column, not an item: skipped
		loy4: 'loyality' // typo: reported
	};
	const r = surveyReport(t, { map });

	it('NPS on loy3 (0–10) matches a direct count', () => {
		let p = 0;
		let d = 0;
		for (const v of t.items.loy3) {
			if (v >= 9) p++;
			else if (v <= 6) d++;
		}
		expect(r.nps).toEqual({
			item: 'loy3',
			score: expect.closeTo((100 * (p - d)) / 250, 10),
			promoters: p,
			passives: 250 - p - d,
			detractors: d,
			n: 250
		});
	});
	it('only mapped constructs appear; the typo is an issue', () => {
		expect(Object.keys(r.constructs).sort()).toEqual([
			'recommendation',
			'repurchase',
			'satisfaction'
		]);
		expect(r.issues).toContainEqual({ code: 'unknown_construct', item: 'loy4' });
		const sum = Object.values(r.quadrants!).reduce((a, b) => a + b, 0);
		expect(sum).toBe(250);
	});
});

describe('surveyReport on degenerate input', () => {
	it('an empty survey gives nulls and reasons, never NaN', () => {
		const empty: SurveyTable = { length: 0, customerId: null, items: {} };
		const r = surveyReport(empty);
		expect(r).toMatchObject({
			respondents: 0,
			constructs: {},
			loyaltyBlock: null,
			nps: null,
			quadrants: null
		});
		expect(r.issues.map((i) => i.code)).toEqual(['construct_missing', 'construct_missing']);
	});
	it('an item with no answers reports empty_item and is left out', () => {
		const t: SurveyTable = {
			length: 2,
			customerId: null,
			items: { sat: Float64Array.of(NaN, NaN), nps: Float64Array.of(10, 3) }
		};
		const r = surveyReport(t);
		expect(r.scales.sat).toBeNull();
		expect(r.issues).toContainEqual({ code: 'empty_item', item: 'sat', n: 0 });
		// nps: 10 and 3 → pinned? No: 3..10 is open, detected 1–10 → not NPS.
		expect(r.nps).toBeNull();
		expect(r.constructs.satisfaction).toBeUndefined();
	});
});
