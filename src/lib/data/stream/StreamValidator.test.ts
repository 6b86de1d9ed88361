// The streamed row checks keep exactly the rows the import keeps: counts worked out by hand on
// a small file with one row per reason, split into two batches.
import { describe, expect, it } from 'vitest';
import { dayFromISO } from '../../analytics/dates';
import { previewFile } from '../pipeline/previewFile';
import { StreamValidator } from './StreamValidator';

const TEXT = [
	'order_id,customer_id,date,amount,category',
	'O1,C1,2024-01-05,10.00,books',
	'O2,C2,2024-01-03,-4.00,books',
	'O3,C1,2024-02-01,5.50,toys',
	'O4,C3,2024-01-09,7.00', // too few fields under the full mapping (category is mapped)
	'O5,,2024-01-10,3.00,toys', // no customer
	'O6,C4,2099-01-01,3.00,toys', // after "today"
	'',
	'O7,C4,2024-01-02,2.00,toys'
].join('\n');

const preview = previewFile(new TextEncoder().encode(TEXT), 'tx.csv');
const today = dayFromISO('2025-06-01');

describe('StreamValidator', () => {
	it('the mapping maps category too (so too_few_fields depends on it)', () => {
		expect(preview.mapping.columns.map((c) => c.role)).toEqual([
			'orderId',
			'customerId',
			'date',
			'amount',
			'category'
		]);
	});

	it('keeps the rows the import keeps, with only the kept columns, across batches', () => {
		const rows = TEXT.split('\n').map((l) => l.split(','));
		const v = new StreamValidator(preview.mapping, today, ['customerId', 'date', 'amount']);
		// Batch 1: header + 3 rows; batch 2: the rest (record numbers continue).
		const b1 = v.add({ rows: rows.slice(0, 4), firstRecord: 1, badRecords: [] });
		const b2 = v.add({ rows: rows.slice(4), firstRecord: 5, badRecords: [] });
		expect(b1?.customerLabels).toEqual(['C1', 'C2']);
		expect(Array.from(b1!.customer)).toEqual([0, 1, 0]);
		expect(Array.from(b1!.amount!)).toEqual([10, -4, 5.5]);
		expect(b1?.order).toBeNull();
		expect(b2?.customerLabels).toEqual(['C4']);
		expect(Array.from(b2!.day)).toEqual([dayFromISO('2024-01-02')]);
		// By hand: 7 data rows read (the blank line is not a row); C3 too few fields, the
		// empty customer and the 2099 date rejected; 4 accepted.
		expect(v.report).toEqual({
			rowsRead: 7,
			accepted: 4,
			rejected: 3,
			byReason: { too_few_fields: 1, missing_customer: 1, date_in_future: 1 },
			// Last day of any accepted row; first day of a purchase (C2's return on 01-03 is not).
			lastDay: dayFromISO('2024-02-01'),
			firstPurchaseDay: dayFromISO('2024-01-02')
		});
	});

	it('a bad record (open quote) is rejected as such, not as too few fields', () => {
		const v = new StreamValidator(preview.mapping, today, ['customerId', 'date']);
		const rows = [TEXT.split('\n')[0].split(','), ['O9', 'C9']];
		expect(v.add({ rows, firstRecord: 1, badRecords: [2] })).toBeNull();
		expect(v.report.byReason).toEqual({ unclosed_quote: 1 });
	});

	it('blank lines before the header are skipped, also across batches', () => {
		const v = new StreamValidator(preview.mapping, today, ['customerId', 'date', 'orderId']);
		expect(v.add({ rows: [[''], ['  ']], firstRecord: 1, badRecords: [] })).toBeNull();
		const rows = TEXT.split('\n')
			.slice(0, 2)
			.map((l) => l.split(','));
		const b = v.add({ rows, firstRecord: 3, badRecords: [] });
		expect(b?.orderLabels).toEqual(['O1']);
		expect(v.report.accepted).toBe(1);
	});
});
