import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cronbachAlpha, type Reliability } from './cronbachAlpha';
import { isSatisfactionIssue } from './satisfactionIssue';
import { surveyFromCsvText } from './surveyFromCsvText';

const f = (xs: number[]) => Float64Array.from(xs);

function ok(r: ReturnType<typeof cronbachAlpha>): Reliability {
	if (isSatisfactionIssue(r)) throw new Error(`unexpected issue ${r.code}`);
	return r;
}

/** Alpha the other way: per-respondent totals, then k/(k−1)·(1 − Σ var(item) / var(total)). */
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
	const k = cols.length;
	return (k / (k - 1)) * (1 - cols.reduce((s, c) => s + variance(c), 0) / variance(totals));
}

describe('cronbachAlpha by hand', () => {
	// Case 1: a = 1,2,3,4; b = 2,1,4,3; c = 1,1,2,2. Variances 5/3, 5/3, 1/3; totals 4,4,9,9 have
	// variance 25/3, so α = 3/2 (1 − 11/25) = 0.84. Item–rest: a vs b+c = 5/√50, c vs a+b = 1.
	// α without a: b, c, total 3,2,6,5 (var 10/3) → 2(1 − 2/(10/3)) = 0.8; without c: 0.75.
	// Case 2: a = b = 1,2,3,4 and c = 2,1,1,2 (uncorrelated with a): totals 4,5,7,10 var 7,
	// α = 1.5 (1 − (11/3)/7) = 10/14; without c α = 1 (gain 0.29 > 0.05), c's item–rest r = 0.
	const cases = [
		{
			name: 'coherent block',
			items: { a: [1, 2, 3, 4], b: [2, 1, 4, 3], c: [1, 1, 2, 2] },
			alpha: 0.84,
			itemRest: [5 / Math.sqrt(50), 5 / Math.sqrt(50), 1],
			ifDeleted: [0.8, 0.8, 0.75],
			warnings: [[], [], []]
		},
		{
			name: 'one item does not belong',
			items: { a: [1, 2, 3, 4], b: [1, 2, 3, 4], c: [2, 1, 1, 2] },
			alpha: 10 / 14,
			itemRest: [5 / Math.sqrt(30), 5 / Math.sqrt(30), 0],
			ifDeleted: [0, 0, 1],
			warnings: [[], [], ['low_item_rest', 'alpha_rises_if_deleted']]
		}
	];
	it.each(cases)('$name', ({ items, alpha, itemRest, ifDeleted, warnings }) => {
		const r = ok(
			cronbachAlpha(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, f(v)])))
		);
		expect(r.alpha).toBeCloseTo(alpha, 12);
		expect(r.n).toBe(4);
		r.items.forEach((it, j) => {
			expect(it.itemRest).toBeCloseTo(itemRest[j], 12);
			expect(it.alphaIfDeleted).toBeCloseTo(ifDeleted[j], 12);
			expect(it.warnings).toEqual(warnings[j]);
		});
	});

	it('leaves out respondents with a blank (listwise)', () => {
		const r = ok(
			cronbachAlpha({ a: f([1, 2, 3, 4, 9]), b: f([2, 1, 4, 3, NaN]), c: f([1, 1, 2, 2, 5]) })
		);
		expect([r.n, r.dropped]).toEqual([4, 1]);
		expect(r.alpha).toBeCloseTo(0.84, 12);
	});

	it('two items: alpha if deleted is undefined (one item left)', () => {
		const r = ok(cronbachAlpha({ a: f([1, 2, 3, 4]), b: f([2, 1, 4, 3]) }));
		// var a = var b = 5/3, total 3,3,7,7 var 16/3 → α = 2 (1 − (10/3)/(16/3)) = 0.75.
		expect(r.alpha).toBeCloseTo(0.75, 12);
		expect(r.items.map((i) => i.alphaIfDeleted)).toEqual([null, null]);
	});

	const bad: { name: string; items: Record<string, Float64Array>; code: string }[] = [
		{ name: 'one item', items: { a: f([1, 2, 3]) }, code: 'too_few_items' },
		{
			name: 'two complete rows',
			items: { a: f([1, 2, NaN]), b: f([2, 3, 4]) },
			code: 'too_few_respondents'
		},
		{ name: 'constant answers', items: { a: f([3, 3, 3]), b: f([5, 5, 5]) }, code: 'zero_variance' }
	];
	it.each(bad)('$name → $code', ({ items, code }) => {
		const r = cronbachAlpha(items);
		expect(isSatisfactionIssue(r) && r.code).toBe(code);
	});
});

describe('cronbachAlpha on the ECSI mobile-phone survey', () => {
	const t = surveyFromCsvText(readFileSync('tests/fixtures/ecsi-mobi/mobi.csv', 'utf8'));
	const { CUSL1, CUSL2, CUSL3 } = t.items;
	// Published (REFERENCES.md, mobi README): loyalty α ≈ 0.44 with CUSL2, ≈ 0.70 without.
	const cases: { name: string; cols: Record<string, Float64Array>; published: number }[] = [
		{ name: 'CUSL1..3', cols: { CUSL1, CUSL2, CUSL3 }, published: 0.44 },
		{ name: 'CUSL1, CUSL3', cols: { CUSL1, CUSL3 }, published: 0.7 }
	];
	it.each(cases)(
		'$name α matches the totals formula and the published value',
		({ cols, published }) => {
			const r = ok(cronbachAlpha(cols));
			expect(r.n).toBe(250);
			expect(r.alpha).toBeCloseTo(alphaFromTotals(Object.values(cols)), 12);
			expect(Math.abs(r.alpha - published)).toBeLessThan(0.01);
		}
	);

	it('flags CUSL2 and only CUSL2', () => {
		const r = ok(cronbachAlpha({ CUSL1, CUSL2, CUSL3 }));
		const byItem = Object.fromEntries(r.items.map((i) => [i.item, i]));
		expect(byItem.CUSL2.warnings).toEqual(['low_item_rest', 'alpha_rises_if_deleted']);
		expect(byItem.CUSL1.warnings).toEqual([]);
		expect(byItem.CUSL3.warnings).toEqual([]);
		// α without CUSL2 is the two-item α computed independently above.
		expect(byItem.CUSL2.alphaIfDeleted).toBeCloseTo(alphaFromTotals([CUSL1, CUSL3]), 12);
		// README: CUSL2 correlates only weakly (r = 0.05–0.13) with the other items.
		expect(byItem.CUSL2.itemRest!).toBeLessThan(0.13);
	});
});
