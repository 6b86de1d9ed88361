import { describe, expect, it } from 'vitest';
import { loyaltyByGroup } from './loyaltyByGroup';
import { determinantCorrelations, type DeterminantLink } from './determinantCorrelations';
import { isSatisfactionIssue } from './satisfactionIssue';

const f = (xs: number[]) => Float64Array.from(xs);

describe('loyaltyByGroup', () => {
	const scores = { repurchase: f([8, 6, 10, NaN, 2]), recommendation: f([9, 7, 5, 3, NaN]) };
	const group = { codes: Int32Array.from([0, 1, 0, 1, -1]), labels: ['female', 'male'] };
	// everyone: repurchase (8 + 6 + 10 + 2)/4 = 6.5, recommendation (9 + 7 + 5 + 3)/4 = 6;
	// female rows 0, 2: 9 and 7; male rows 1, 3: repurchase 6 (row 3 blank), recommendation 5.
	const cases = [
		{ group: null, n: 5, means: { repurchase: 6.5, recommendation: 6 } },
		{ group: 'female', n: 2, means: { repurchase: 9, recommendation: 7 } },
		{ group: 'male', n: 2, means: { repurchase: 6, recommendation: 5 } }
	];
	const r = loyaltyByGroup(scores, group);
	it.each(cases)('group $group', (expected) => {
		if (isSatisfactionIssue(r)) throw new Error(r.code);
		expect(r.rows.find((row) => row.group === expected.group)).toEqual(expected);
		expect(r.measures).toEqual(['repurchase', 'recommendation']);
	});
	it('no loyalty measure → construct_missing', () => {
		const res = loyaltyByGroup({ satisfaction: f([1]) }, null);
		expect(isSatisfactionIssue(res) && res.code).toBe('construct_missing');
	});
});

describe('determinantCorrelations', () => {
	// satisfaction = 1,2,3,4 and repurchase = 2,1,4,3 → r = 0.6 (see pearson.test); crossBuying is
	// repurchase reversed → −0.6; switchingCost = satisfaction, so the same r but no textbook link
	// for cross-buying.
	const scores = {
		satisfaction: f([1, 2, 3, 4]),
		switchingCost: f([1, 2, 3, 4]),
		repurchase: f([2, 1, 4, 3]),
		crossBuying: f([3, 4, 1, 2])
	};
	const links = determinantCorrelations(scores) as DeterminantLink[];
	const cases: [string, string, number, boolean][] = [
		['satisfaction', 'repurchase', 0.6, true],
		['satisfaction', 'crossBuying', -0.6, true],
		['switchingCost', 'repurchase', 0.6, true],
		['switchingCost', 'crossBuying', -0.6, false]
	];
	it.each(cases)('%s × %s', (d, m, r, link) => {
		const l = links.find((x) => x.determinant === d && x.measure === m)!;
		expect(l.r).toBeCloseTo(r, 12);
		expect(l.textbookLink).toBe(link);
		expect(l.n).toBe(4);
	});
	it('only present constructs are paired', () => {
		expect(links).toHaveLength(4);
		const res = determinantCorrelations({ repurchase: f([1, 2, 3]) });
		expect(isSatisfactionIssue(res) && res.code).toBe('construct_missing');
	});
});
