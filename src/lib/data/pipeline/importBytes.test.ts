import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewFile } from './previewFile';
import { importBytes, importText } from './importBytes';
import { idDateAmountMapping } from '../../../../tests/helpers/idDateAmountMapping';
import { dayFromISO } from '../../analytics/dates';

const TODAY = dayFromISO('2026-01-01');

function load(path: string) {
	const bytes = new Uint8Array(readFileSync(path));
	const p = previewFile(bytes, path);
	return importBytes(bytes, p.mapping, TODAY);
}

const base = idDateAmountMapping;

describe('importBytes', () => {
	it('CDNOW_sample.txt: 6,919 rows of 2,357 customers, $244,091.94', () => {
		const ds = load('tests/fixtures/cdnow/CDNOW_sample.txt');
		expect(ds.rows).toBe(6919);
		expect(ds.stats.customers).toBe(2357);
		expect(ds.stats.revenue).toBe(244091.94);
		expect(ds.report.zeroAmounts).toBe(8);
		const id = ds.columns.customerId;
		expect(id.type === 'dict' && id.labels[0]).toBe('00004');
	});

	it('CDNOW master: 69,659 rows of 23,570 customers, 80 zero amounts', () => {
		const ds = load('tests/fixtures/cdnow/CDNOW_master.txt');
		expect(ds.rows).toBe(69659);
		expect(ds.stats.customers).toBe(23570);
		expect(ds.report.zeroAmounts).toBe(80);
	});

	it('rejects bad rows with line numbers, reasons and text', () => {
		const text =
			'id,date,amount\nA,2024-01-05,10\n,2024-01-06,3\nB,2024-02-30,4\nC,2024-01-07,abc\nD,1899-12-31,1\nE,2204-01-01,1\nF,2024-01-08,\nG,2024-01-09,(5.00)\nH,2024-01-10,0\n';
		const ds = importText(text, base, TODAY);
		expect(ds.rows).toBe(3);
		expect(ds.report.rejected.byReason).toEqual({
			missing_customer: 1,
			bad_date: 1,
			bad_amount: 1,
			date_before_1900: 1,
			date_in_future: 1,
			missing_amount: 1
		});
		expect(ds.report.rejected.examples.map((e) => [e.line, e.reason])).toEqual([
			[3, 'missing_customer'],
			[4, 'bad_date'],
			[5, 'bad_amount'],
			[6, 'date_before_1900'],
			[7, 'date_in_future'],
			[8, 'missing_amount']
		]);
		expect(ds.report.rejected.examples[2].text).toBe('abc');
		expect(ds.report.negativeAmounts).toBe(1);
		expect(ds.report.negativeTotal).toBe(-5);
		expect(ds.report.zeroAmounts).toBe(1);
	});

	it('drops returns or duplicates when the policy says so', () => {
		const text = 'id,date,amount\nA,2024-01-05,10\nA,2024-01-05,10\nA,2024-01-06,-4\n';
		expect(importText(text, base, TODAY).rows).toBe(3);
		expect(importText(text, base, TODAY).report.duplicates).toBe(1);
		const dropped = importText(text, { ...base, returns: 'drop', dropDuplicates: true }, TODAY);
		expect(dropped.rows).toBe(1);
		expect(dropped.report.rejected.byReason).toEqual({ duplicate: 1, return_dropped: 1 });
	});

	it('an unclosed quote rejects its own line, not the rows before or after it', () => {
		const text = 'id,date,amount\nA,2024-01-05,10\nB,"2024-01-06,3\nC,2024-01-07,4\n';
		const ds = importText(text, base, TODAY);
		// B is lost; C, which the parser had read into B's open quote, is read again.
		expect(ds.rows).toBe(2);
		expect(ds.report.rejected.byReason.unclosed_quote).toBe(1);
	});

	it('mixed line endings and blank lines', () => {
		const ds = importText(
			'id,date,amount\r\nA,2024-01-05,1\rB,2024-01-06,2\n\nC,2024-01-07,3\r\n',
			base,
			TODAY
		);
		expect(ds.rows).toBe(3);
		expect(ds.report.emptyRows).toBe(1);
	});

	it('refuses a mapping without the roles a kind needs', () => {
		expect(() => importText('a\n1', { ...base, columns: [base.columns[0]] }, TODAY)).toThrow(
			'missing_roles'
		);
	});
});
