import { describe, expect, it } from 'vitest';
import { detectScale, type Scale } from './detectScale';

const f = (xs: number[]) => Float64Array.from(xs);

describe('detectScale', () => {
	// Expected scale = tightest of 1–5, 1–7, 1–10, 0–10, 0–100 that holds min..max (read off by eye);
	// ambiguity per the rule in detectScale.ts.
	const cases: { name: string; values: number[]; scale: Scale | null; ambiguous: boolean }[] = [
		{ name: '1..5 pinned', values: [1, 2, 5, 3], scale: [1, 5], ambiguous: false },
		{ name: '2..5 could be 1–7', values: [2, 5, 4], scale: [1, 5], ambiguous: true },
		{ name: '1..7 pinned', values: [1, 7, 4], scale: [1, 7], ambiguous: false },
		{ name: '1..6 open top', values: [1, 6], scale: [1, 7], ambiguous: true },
		{ name: '0..10 pinned', values: [0, 10, 7], scale: [0, 10], ambiguous: false },
		{ name: '1..10 vs 0–10', values: [1, 10, 9], scale: [1, 10], ambiguous: true },
		{ name: '0..6 open top', values: [0, 6, 3], scale: [0, 10], ambiguous: true },
		{ name: '0..100', values: [0, 55, 100], scale: [0, 100], ambiguous: false },
		{ name: '12.5..87.5 decimals', values: [12.5, 87.5], scale: [0, 100], ambiguous: false },
		{ name: 'decimals on 1..5', values: [1, 2.5, 5], scale: [1, 5], ambiguous: true },
		{ name: 'NaN ignored', values: [NaN, 1, 5, NaN], scale: [1, 5], ambiguous: false }
	];
	it.each(cases)('$name', ({ values, scale, ambiguous }) => {
		const d = detectScale(f(values));
		expect(d.scale).toEqual(scale);
		expect(d.ambiguous).toBe(ambiguous);
		expect(d.issue).toBeNull();
	});

	it('counts, range and integer flag', () => {
		const d = detectScale(f([3, NaN, 4.5, 1]));
		expect([d.n, d.min, d.max, d.integer]).toEqual([3, 1, 4.5, false]);
		expect(d.candidates).toEqual([
			[1, 5],
			[1, 7],
			[1, 10],
			[0, 10],
			[0, 100]
		]);
	});

	const bad: { name: string; values: number[]; issue: string }[] = [
		{ name: 'empty', values: [], issue: 'empty_item' },
		{ name: 'all missing', values: [NaN, NaN], issue: 'empty_item' },
		{ name: 'negative', values: [-1, 3], issue: 'unknown_scale' },
		{ name: 'above 100', values: [5, 120], issue: 'unknown_scale' }
	];
	it.each(bad)('$name → $issue', ({ values, issue }) => {
		const d = detectScale(f(values));
		expect(d.issue).toBe(issue);
		expect(d.scale).toBeNull();
	});
});
