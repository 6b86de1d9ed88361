// The bench scripts' plain-JS mulberry32 (node cannot import src/lib/analytics/mulberry32.ts)
// against the C reference outputs, as the TypeScript one is: same seed, same stream.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rng } from './makeTransactions.js';

const reference = JSON.parse(readFileSync('tests/fixtures/reference/mulberry32.json', 'utf8')) as {
	cases: { seed: number; words: number[] }[];
};

describe('makeTransactions rng (mulberry32)', () => {
	it.each(reference.cases)('seed $seed gives the C reference words / 2^32', ({ seed, words }) => {
		const random = rng(seed);
		expect(words.map(() => random())).toEqual(words.map((w) => w / 2 ** 32));
	});
});
