import { describe, expect, it } from 'vitest';
import {
	completelySatisfiedRatio,
	type CompletelySatisfiedRatio
} from './completelySatisfiedRatio';
import { topBox } from './topBox';
import { isSatisfactionIssue } from './satisfactionIssue';
import type { Scale } from './detectScale';

const f = (xs: number[]) => Float64Array.from(xs);

function ok(r: ReturnType<typeof completelySatisfiedRatio>): CompletelySatisfiedRatio {
	if (isSatisfactionIssue(r)) throw new Error(`unexpected issue ${r.code}`);
	return r;
}

describe('completelySatisfiedRatio', () => {
	// Rates by hand: count the repurchasers in each box.
	const cases: {
		name: string;
		scale: Scale;
		sat: number[];
		rep: number[];
		top: number;
		below: number;
		ratio: number | null;
	}[] = [
		// 1–5: the 5s repurchase 3 of 4 (.75), the 4s 1 of 4 (.25) → 3×; the 3 is ignored.
		{
			name: '1–5, 3×',
			scale: [1, 5],
			sat: [5, 5, 5, 5, 4, 4, 4, 4, 3],
			rep: [1, 1, 1, 0, 1, 0, 0, 0, 1],
			top: 0.75,
			below: 0.25,
			ratio: 3
		},
		// 0–10: 10s 2/2, 9s 1/3 → 1 / (1/3) = 3; a NaN repurchase row is left out.
		{
			name: '0–10, NaN row',
			scale: [0, 10],
			sat: [10, 10, 9, 9, 9, 9],
			rep: [1, 1, 1, 0, 0, NaN],
			top: 1,
			below: 1 / 3,
			ratio: 3
		},
		// Nobody below repurchased: no ratio.
		{
			name: 'zero below',
			scale: [1, 7],
			sat: [7, 6, 6],
			rep: [1, 0, 0],
			top: 1,
			below: 0,
			ratio: null
		}
	];
	it.each(cases)('$name', ({ scale, sat, rep, top, below, ratio }) => {
		const r = ok(completelySatisfiedRatio(f(sat), scale, f(rep)));
		expect(r.top.rate).toBeCloseTo(top, 12);
		expect(r.below.rate).toBeCloseTo(below, 12);
		if (ratio === null) expect(r.ratio).toBeNull();
		else expect(r.ratio).toBeCloseTo(ratio, 12);
		expect(r.top.level).toBe(scale[1]);
		expect(r.below.level).toBe(scale[1] - 1);
	});
	it('an empty box → empty_box', () => {
		const r = completelySatisfiedRatio(f([4, 4]), [1, 5], f([1, 0]));
		expect(isSatisfactionIssue(r) && r.code).toBe('empty_box');
	});
	it('topBox turns an intention item into yes/no', () => {
		// Top-2 box on 1–5: 4 and 5 → 1.
		expect(Array.from(topBox(f([5, 4, 3, NaN]), [1, 5], 2))).toEqual([1, 1, 0, NaN]);
		expect(Array.from(topBox(f([10, 9]), [0, 10]))).toEqual([1, 0]);
	});
});
