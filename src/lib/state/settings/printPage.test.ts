import { describe, expect, it } from 'vitest';
import { readPrintSetup } from './printPage';

describe('readPrintSetup', () => {
	const cases = [
		{ saved: undefined, expected: { paper: 'A4', orientation: 'portrait' } },
		{
			saved: { paper: 'Letter', orientation: 'landscape' },
			expected: { paper: 'Letter', orientation: 'landscape' }
		},
		{ saved: { paper: 'A3', orientation: 7 }, expected: { paper: 'A4', orientation: 'portrait' } },
		{ saved: { paper: '__proto__' }, expected: { paper: 'A4', orientation: 'portrait' } },
		{ saved: 'A4', expected: { paper: 'A4', orientation: 'portrait' } }
	];
	it.each(cases)('$saved', ({ saved, expected }) => {
		expect(readPrintSetup(saved)).toEqual(expected);
	});
});
