import { describe, expect, it } from 'vitest';
import type { RfGridCell } from '$lib/analytics/rfm/rfGrid';
import { rfmGridChart } from './rfmGridChart';

const cell = (r: number, f: number, customers: number, mean: number | null, seg: string[]) =>
	({ r, f, customers, meanMonetary: mean, segment: seg[0], segments: seg }) as RfGridCell;

// Two bins: R2 is the top row; F1 the left column. (R1, F2) is empty.
const grid = [
	cell(1, 1, 5, 10, ['lost']),
	cell(1, 2, 0, null, ['lost']),
	cell(2, 1, 3, 20, ['new', 'lost']),
	cell(2, 2, 7, 40, ['champ'])
];
const text = { n: (v: number) => `#${v}`, segment: (k: string) => k.toUpperCase() };

describe('rfmGridChart', () => {
	it.each([
		{
			hasMonetary: true,
			values: [
				[20, 40],
				[10, null]
			]
		},
		{
			hasMonetary: false,
			values: [
				[3, 7],
				[5, null]
			]
		}
	])('colour = mean spend or customers (hasMonetary $hasMonetary)', ({ hasMonetary, values }) => {
		const c = rfmGridChart({ bins: 2, grid, hasMonetary }, text);
		expect(c.values).toEqual(values);
	});

	it('rows run R2 → R1, columns F1 → F2, with their scores', () => {
		const c = rfmGridChart({ bins: 2, grid, hasMonetary: true }, text);
		expect([c.rows, c.cols, c.rScores, c.fScores]).toEqual([
			['R2', 'R1'],
			['F1', 'F2'],
			[2, 1],
			[1, 2]
		]);
	});

	it('labels say customers · segment, " +" for a mixed cell, none for an empty one', () => {
		const c = rfmGridChart({ bins: 2, grid, hasMonetary: true }, text);
		expect(c.labels).toEqual([
			['#3 · NEW +', '#7 · CHAMP'],
			['#5 · LOST', null]
		]);
	});

	it('outlines keep the segment of every cell, empty ones included', () => {
		const c = rfmGridChart({ bins: 2, grid, hasMonetary: true }, text);
		expect(c.outlines).toEqual([
			['new', 'champ'],
			['lost', 'lost']
		]);
	});
});
