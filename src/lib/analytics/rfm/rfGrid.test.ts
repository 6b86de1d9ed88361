import { describe, expect, it } from 'vitest';
import { customerTable } from '../customers/customerTable';
import { dayFromISO } from '../dates';
import { ledgerFixture, tenCustomers } from './ledgerFixture';
import { rfGrid } from './rfGrid';
import { rfmScores } from './rfmScores';
import { segmentPresets } from './segmentPresets';

const table = customerTable(ledgerFixture(tenCustomers, '2024-12-31'), {
	asOf: dayFromISO('2024-12-31')
});
const scores = rfmScores(table);

describe('rfGrid', () => {
	// (R, F) pairs: c01 c02 (5,5) 1000 + 600; c06 (3,1) 100; c07 c08 (2,1) 50 + 40.
	const grid = rfGrid(table, scores, segmentPresets.rfGrid);
	const cell = (r: number, f: number) => grid.find((c) => c.r === r && c.f === f);
	const cases = [
		{ r: 5, f: 5, customers: 2, meanMonetary: 800, segment: 'champions' },
		{ r: 3, f: 1, customers: 1, meanMonetary: 100, segment: 'aboutToSleep' },
		{ r: 2, f: 1, customers: 2, meanMonetary: 45, segment: 'hibernating' },
		{ r: 1, f: 2, customers: 0, meanMonetary: null, segment: 'hibernating' },
		{ r: 4, f: 2, customers: 0, meanMonetary: null, segment: 'potentialLoyalist' }
	];
	it.each(cases)('cell R$r F$f', ({ r, f, customers, meanMonetary, segment }) => {
		const c = cell(r, f);
		expect(c?.customers).toBe(customers);
		if (meanMonetary === null) expect(c?.meanMonetary).toBeNull();
		else expect(c?.meanMonetary).toBeCloseTo(meanMonetary, 9);
		expect(c?.segment).toBe(segment);
	});
	it('has 25 cells', () => expect(grid.length).toBe(25));

	it('names every segment an M-dependent rule set gives the cell', () => {
		// Vignette R2 F1: M 1–4 about to sleep, M 5 matches nothing → others.
		const v = rfGrid(table, scores, segmentPresets.rfmVignette);
		expect(v.find((c) => c.r === 2 && c.f === 1)).toMatchObject({
			segment: 'aboutToSleep',
			segments: ['aboutToSleep', 'others']
		});
	});
});
