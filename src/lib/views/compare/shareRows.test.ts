import { describe, expect, it } from 'vitest';
import type { CompareSegment } from '$lib/engine/compare/compareResult';
import { shareRows } from './shareRows';

const seg = (key: string, customers: number, share: number): CompareSegment => ({
	key,
	customers,
	share,
	revenue: null
});

const cases = [
	{
		name: 'same keys pair up in A’s order',
		a: [seg('champions', 2, 0.5), seg('lost', 2, 0.5)],
		b: [seg('lost', 3, 0.75), seg('champions', 1, 0.25)],
		want: [
			{ key: 'champions', a: { customers: 2, share: 0.5 }, b: { customers: 1, share: 0.25 } },
			{ key: 'lost', a: { customers: 2, share: 0.5 }, b: { customers: 3, share: 0.75 } }
		]
	},
	{
		name: 'a segment empty in both is left out; one only B has comes after',
		a: [seg('champions', 4, 1), seg('other', 0, 0)],
		b: [seg('champions', 1, 0.5), seg('other', 0, 0), seg('new', 1, 0.5)],
		want: [
			{ key: 'champions', a: { customers: 4, share: 1 }, b: { customers: 1, share: 0.5 } },
			{ key: 'new', a: { customers: 0, share: 0 }, b: { customers: 1, share: 0.5 } }
		]
	},
	{ name: 'nothing in', a: [], b: [], want: [] }
];

describe('shareRows', () => {
	it.each(cases)('$name', ({ a, b, want }) => expect(shareRows(a, b)).toEqual(want));
});
