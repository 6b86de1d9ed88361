import { describe, expect, it } from 'vitest';
import type { ItemSetup, ScaleSource } from '$lib/engine/satisfaction/satisfactionSetup';
import { mappingCounts } from './mappingCounts';

type Item = Pick<ItemSetup, 'construct' | 'ambiguous' | 'scaleSource'>;
const item = (
	construct: string | null,
	ambiguous = false,
	scaleSource: ScaleSource = 'item'
): Item => ({ construct, ambiguous, scaleSource }) as Item;

describe('mappingCounts', () => {
	it.each([
		{
			name: 'no items',
			items: [],
			expected: { items: 0, used: 0, constructs: 0, unused: 0, unsure: 0 }
		},
		{
			// Two items in one construct, one in another, one left out: 3 used in 2 constructs.
			name: 'items sharing a construct count it once',
			items: [item('trust'), item('trust'), item('complaints'), item(null)],
			expected: { items: 4, used: 3, constructs: 2, unused: 1, unsure: 0 }
		},
		{
			// Only scales read from the answers ask for a confirmation; one the user chose does not,
			// even when the answers alone would leave it open; an unused item may still ask.
			name: 'unsure scales: ambiguous and read from the answers',
			items: [item('trust', true), item('trust', true, 'user'), item(null, true)],
			expected: { items: 3, used: 2, constructs: 1, unused: 1, unsure: 2 }
		}
	])('$name', ({ items, expected }) => {
		expect(mappingCounts(items)).toEqual(expected);
	});
});
