import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../mulberry32';
import { selectRanks } from './selectRanks';

describe('selectRanks', () => {
	const random = mulberry32(3);
	const shuffled = Array.from({ length: 1000 }, () => Math.floor(random() * 50));
	const money = Float64Array.from(
		{ length: 1000 },
		() => Math.round((random() - 0.1) * Math.exp(random() * 8) * 100) / 100
	);
	const cases = [
		{ name: 'small', values: [5, 1, 4, 1, 3], ranks: [0, 2, 4, 1] },
		{ name: 'ascending', values: Array.from({ length: 100 }, (_, i) => i), ranks: [0, 49, 50, 99] },
		{
			name: 'descending',
			values: Array.from({ length: 100 }, (_, i) => 100 - i),
			ranks: [10, 10, 90]
		},
		{ name: 'all equal', values: new Array(20).fill(7), ranks: [0, 19] },
		{ name: 'many ties, random', values: shuffled, ranks: [199, 200, 399, 400, 599, 999] },
		// Int32Array goes through the histogram path; a huge range falls back to quickselect.
		{ name: 'integers (histogram)', values: Int32Array.from(shuffled), ranks: [0, 500, 501, 999] },
		{
			name: 'wide integers',
			values: Int32Array.from([9_000_000, -3, 12, 12]),
			ranks: [0, 1, 2, 3]
		},
		// Doubles go through their key histogram (floatHistogram): both signs, cents, ties.
		{ name: 'money, both signs', values: money, ranks: [0, 199, 200, 399, 400, 799, 999] },
		// Every value within one key (0.001 % apart): the asked key holds all of them.
		{
			name: 'one key',
			values: Float64Array.from({ length: 500 }, () => 100 + random() * 1e-3),
			ranks: [0, 99, 100, 250, 499]
		},
		// Infinities have no key: the quickselect answers.
		{ name: 'infinities', values: Float64Array.from([3, Infinity, -Infinity, 1]), ranks: [0, 3] }
	];
	it.each(cases)('$name agrees with a full sort', ({ values, ranks }) => {
		const sorted = Array.from(values).sort((a, b) => a - b);
		expect(selectRanks(values, ranks)).toEqual(ranks.map((r) => sorted[r]));
	});
	it('leaves the input untouched', () => {
		const v = Float64Array.from([3, 1, 2]);
		selectRanks(v, [1]);
		expect(Array.from(v)).toEqual([3, 1, 2]);
	});
});
