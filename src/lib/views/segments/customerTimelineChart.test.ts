import { describe, expect, it } from 'vitest';
import { customerTimelineChart } from './customerTimelineChart';

const text = {
	iso: (day: number) => `D${day}`,
	money: (v: number | null) => `$${v}`,
	lines: (n: number) => `${n} lines`
};
const day = (d: number, bought: number | null, returned: number | null, lines: number) => ({
	day: d,
	bought,
	returned,
	lines
});

describe('customerTimelineChart', () => {
	it.each([
		{
			name: 'amounts: stems as high as bought, returns below',
			days: [day(10, 50, null, 2), day(12, 20, 5, 1)],
			hasAmount: true,
			points: [
				{ day: 10, up: 50, down: 0, title: 'D10: $50 · 2 lines' },
				{ day: 12, up: 20, down: 5, title: 'D12: $20 (−$5) · 1 lines' }
			]
		},
		{
			// One day with an amount makes it an amount chart: a day without one stands at 0.
			name: 'some amounts missing',
			days: [day(10, null, null, 3), day(11, 7, null, 1)],
			hasAmount: true,
			points: [
				{ day: 10, up: 0, down: 0, title: 'D10: $null · 3 lines' },
				{ day: 11, up: 7, down: 0, title: 'D11: $7 · 1 lines' }
			]
		},
		{
			name: 'no amounts: stems as high as the lines',
			days: [day(10, null, null, 3), day(20, null, null, 1)],
			hasAmount: false,
			points: [
				{ day: 10, up: 3, down: 0, title: 'D10:  · 3 lines' },
				{ day: 20, up: 1, down: 0, title: 'D20:  · 1 lines' }
			]
		},
		{ name: 'no purchases', days: [], hasAmount: false, points: [] }
	])('$name', ({ days, hasAmount, points }) => {
		expect(customerTimelineChart(days, text)).toEqual({ hasAmount, points });
	});
});
