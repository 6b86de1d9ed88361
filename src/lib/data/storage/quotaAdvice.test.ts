import { describe, expect, it } from 'vitest';
import { quotaAdvice } from './quotaAdvice';

const MB = 1_048_576;
const stored = [
	{ id: 'a', name: 'small', storedBytes: 2 * MB },
	{ id: 'b', name: 'large', storedBytes: 30 * MB },
	{ id: 'c', name: 'medium', storedBytes: 10 * MB }
];

describe('quotaAdvice', () => {
	// Expected sets by hand: shortfall = needed − free; take the largest until it is covered.
	const cases: {
		name: string;
		needed: number;
		storage: { usage: number; quota: number } | null;
		ids: string[];
		free: number | null;
	}[] = [
		{
			name: '25 MB short: the 30 MB dataset',
			needed: 30 * MB,
			storage: { usage: 95 * MB, quota: 100 * MB },
			ids: ['b'],
			free: 5 * MB
		},
		{
			name: '35 MB short: 30 + 10 MB',
			needed: 40 * MB,
			storage: { usage: 95 * MB, quota: 100 * MB },
			ids: ['b', 'c'],
			free: 5 * MB
		},
		{
			name: '45 MB short: nothing is enough (42 MB stored)',
			needed: 50 * MB,
			storage: { usage: 95 * MB, quota: 100 * MB },
			ids: [],
			free: 5 * MB
		},
		{
			name: 'no estimate: cover the whole need',
			needed: 11 * MB,
			storage: null,
			ids: ['b'],
			free: null
		},
		{
			name: 'usage above quota counts as nothing free',
			needed: 1 * MB,
			storage: { usage: 120 * MB, quota: 100 * MB },
			ids: ['b'],
			free: 0
		}
	];
	it.each(cases)('$name', ({ needed, storage, ids, free }) => {
		const a = quotaAdvice(needed, storage, stored);
		expect(a.deletable.map((d) => d.id)).toEqual(ids);
		expect(a.freedBytes).toBe(a.deletable.reduce((s, d) => s + d.storedBytes, 0));
		expect(a.freeBytes).toBe(free);
		expect(a.neededBytes).toBe(needed);
	});

	it('with nothing stored there is nothing to delete', () => {
		expect(quotaAdvice(MB, { usage: 0, quota: 0 }, []).deletable).toEqual([]);
	});
});
