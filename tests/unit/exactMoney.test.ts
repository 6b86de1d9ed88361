// Money exact from parse to every sum (issue 14), on tests/fixtures/door/large-money.csv
// (scripts/make-door-fixtures.ts). Hand-added: BIG = 9876543210987.65 × 2 + 9999999999999.97
// = 29753086421975.27 (the float sum gives …975.273); A = 0.10 + 0.20 = 0.30; B = 2795774.36;
// HUGE's 123456789012345678.00 is past 10^13 units and refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customerTable } from '../../src/lib/analytics/customers/customerTable';
import { moneyText } from '../../src/lib/analytics/money';
import { importBytes } from '../../src/lib/data/pipeline/importBytes';
import { importInParts } from '../../src/lib/data/pipeline/importInParts';
import { previewFile } from '../../src/lib/data/pipeline/previewFile';
import { toTransactionTable } from '../../src/lib/data/tables/toTables';
import { loadFile } from '../../src/cli/loadFile';
import { inspectReport } from '../../src/cli/commands/inspect';

const FILE = 'tests/fixtures/door/large-money.csv';
const TODAY = 20_454; // 2026-01-01
const bytes = new Uint8Array(readFileSync(FILE));
const mapping = previewFile(bytes, FILE).mapping;

describe('exact money', () => {
	it('imports the big amounts, refuses the one past the range with a reason', () => {
		const ds = importBytes(bytes, mapping, TODAY);
		expect(ds.report.rejected.byReason).toEqual({ amount_too_large: 1 });
		expect(ds.report.rejected.examples[0]).toMatchObject({
			line: 8,
			text: '123456789012345678.00'
		});
		// 29753086421975.27 + 0.30 + 2795774.36 = 29753089217749.93
		expect(ds.stats.revenue).toBe(29753089217749.93);
		expect(moneyText(ds.stats.revenue!)).toBe('29753089217749.93');
	});

	it('a customer summing beyond 10^13 units: monetary exact to the cent', () => {
		const ds = importBytes(bytes, mapping, TODAY);
		const table = customerTable(toTransactionTable(ds), { asOf: 19_800 });
		const byId = new Map(table.ids.map((id, i) => [id, table.monetary![i]]));
		expect(byId.get('BIG')).toBe(29753086421975.27);
		expect(byId.get('A')).toBe(0.3);
		expect(byId.get('B')).toBe(2795774.36);
		expect(moneyText(byId.get('BIG')!)).toBe('29753086421975.27');
	});

	it('two parts and the CLI give the same revenue', () => {
		expect(importInParts(bytes, mapping, TODAY, 0).stats.revenue).toBe(29753089217749.93);
		expect(inspectReport(loadFile(FILE, {})).summary.revenue).toBe(29753089217749.93);
	});

	it('the returns total is exact too', () => {
		const text = 'id,date,amount\nA,2024-01-01,-0.10\nA,2024-01-02,-0.20\nB,2024-01-03,5\n';
		const b = new TextEncoder().encode(text);
		const ds = importBytes(b, previewFile(b, 'r.csv').mapping, TODAY);
		expect(ds.report.negativeTotal).toBe(-0.3); // the float sum is -0.30000000000000004
	});
});
