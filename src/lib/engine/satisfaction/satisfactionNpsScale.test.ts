import { describe, expect, it } from 'vitest';
import { satisfactionNpsScale } from './satisfactionNpsScale';
import type { Scale } from '../../analytics/satisfaction/index';

// Answers 1..10 fit 1–10, 0–10 and 0–100; answers 0..10 fit only 0–10 and 0–100.
const oneToTen = {
	scale: [1, 10] as Scale,
	candidates: [
		[1, 10],
		[0, 10],
		[0, 100]
	] as Scale[]
};
const oneToSeven = {
	scale: [1, 7] as Scale,
	candidates: [
		[1, 7],
		[1, 10],
		[0, 10],
		[0, 100]
	] as Scale[]
};

const cases = [
	{ header: 'recommend', construct: 'recommendation', d: oneToTen, expected: [0, 10] },
	{ header: 'likely_to_recommend', construct: 'recommendation', d: oneToTen, expected: [0, 10] },
	{ header: 'NPS', construct: 'recommendation', d: oneToTen, expected: [0, 10] },
	{ header: '推荐意向', construct: 'recommendation', d: oneToTen, expected: [0, 10] },
	// An ECSI code is not the NPS question in words: keep 1–10.
	{ header: 'CUSL3', construct: 'recommendation', d: oneToTen, expected: null },
	// Mapped elsewhere by the user: no special rule.
	{ header: 'recommend', construct: 'loyalty', d: oneToTen, expected: null },
	{ header: 'recommend', construct: null, d: oneToTen, expected: null },
	// A 1–7 agreement item stays 1–7 even when 0–10 would hold it.
	{ header: 'recommend', construct: 'recommendation', d: oneToSeven, expected: null }
] as const;

describe('satisfactionNpsScale', () => {
	it.each(cases)('$header as $construct → $expected', ({ header, construct, d, expected }) => {
		expect(
			satisfactionNpsScale(header, construct, { scale: d.scale, candidates: [...d.candidates] })
		).toEqual(expected);
	});
});
