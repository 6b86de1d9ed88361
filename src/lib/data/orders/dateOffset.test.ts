import { describe, expect, it } from 'vitest';
import { dateOffset } from './dateOffset';

describe('dateOffset', () => {
	const cases: [string, string | null][] = [
		['2024-03-05 14:22:11 +0800', '+0800'],
		['2024-03-05T14:22:11+08:00', '+08:00'],
		['2024-03-05T06:22:11Z', 'Z'],
		['2024-03-05 14:22:11.123 -0500', '-0500'],
		['2024-03-05 14:22:11', null],
		['05-03-2024', null],
		['2024-03-05', null],
		['', null]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(dateOffset(text)).toBe(expected);
	});
});
