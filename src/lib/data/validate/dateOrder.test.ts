// Day-first or month-first from every value: hand-counted evidence on small files, the US-date
// fixture (its first 500 rows fit either order), and the byte path, the text path and the
// two-part merge giving the same counts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../pipeline/importBytes';
import { importInParts } from '../pipeline/importInParts';
import { previewFile } from '../pipeline/previewFile';
import { dateOrderSwitch } from '../pipeline/dateOrderSwitch';
import { dateOrderClass, dateOrderVerdict, NO_PROOF, ONLY_CHOSEN, ONLY_OTHER } from './dateOrder';
import { parseDate } from '../values/parseDate';
import type { Mapping } from '../map/types';

const TODAY = 20_454; // 2026-01-01
const enc = new TextEncoder();

describe('dateOrderClass', () => {
	const cases: [string, 'dmy' | 'mdy', number][] = [
		['13/1/2024', 'dmy', ONLY_CHOSEN], // only day-first reads it
		['13/1/2024', 'mdy', ONLY_OTHER],
		['1/13/2024', 'dmy', ONLY_OTHER], // only month-first reads it
		['1/13/2024', 'mdy', ONLY_CHOSEN],
		['1/2/2024', 'dmy', NO_PROOF], // both read it
		['31/2/2024', 'dmy', NO_PROOF], // neither (no 31 February, no month 31)
		['not a date', 'mdy', NO_PROOF],
		['', 'dmy', NO_PROOF]
	];
	it.each(cases)('%s read as %s', (text, format, want) => {
		expect(dateOrderClass(text, parseDate(text, format), format)).toBe(want);
	});
});

const mapOf = (bytes: Uint8Array): Mapping => previewFile(bytes, 'x.csv').mapping;

describe('evidence over every row', () => {
	// By hand: lines 2–4 fit both orders, line 5 only month-first, line 6 only day-first,
	// line 7 only month-first again; the preview sees six rows and calls them day-first.
	const text = [
		'customer_id,date,amount',
		'C1,1/2/2024,1',
		'C2,3/4/2024,2',
		'C1,5/6/2024,3',
		'C2,1/13/2024,4',
		'C3,14/2/2024,5',
		'C3,2/20/2024,6'
	].join('\n');
	const bytes = enc.encode(text + '\n');

	it('counts each order and keeps the first example of each', () => {
		const mapping = mapOf(bytes);
		const date = mapping.columns.find((c) => c.role === 'date')!;
		expect(date.dateFormat).toBe('mdy'); // the preview saw 1/13 and 2/20 (two) vs 14/2 (one)
		const report = importBytes(bytes, mapping, TODAY).report;
		expect(report.dateOrder).toEqual([
			{
				key: 'date',
				header: 'date',
				column: 1,
				format: 'mdy',
				onlyChosen: 2,
				onlyOther: 1,
				chosenExample: { line: 5, text: '1/13/2024' },
				otherExample: { line: 6, text: '14/2/2024' }
			}
		]);
		expect(dateOrderVerdict(report.dateOrder![0])).toBe('mixed');
		expect(dateOrderSwitch(mapping, report)).toBeNull(); // the chosen order reads more
	});

	it('read day-first, the same file asks to switch', () => {
		const m = mapOf(bytes);
		const mapping = {
			...m,
			columns: m.columns.map((c) => (c.role === 'date' ? { ...c, dateFormat: 'dmy' as const } : c))
		};
		const report = importBytes(bytes, mapping, TODAY).report;
		expect(report.dateOrder![0]).toMatchObject({ format: 'dmy', onlyChosen: 1, onlyOther: 2 });
		expect(report.rejected.byReason).toEqual({ bad_date: 2 });
		const switched = dateOrderSwitch(mapping, report)!;
		expect(switched.columns.find((c) => c.role === 'date')!.dateFormat).toBe('mdy');
	});
});

describe('the US-date fixture (scripts/make-door-fixtures.ts)', () => {
	const bytes = new Uint8Array(readFileSync('tests/fixtures/door/us-dates.csv'));
	const mapping = mapOf(bytes);

	it('the preview (first 500 values) cannot tell and reads day-first', () => {
		expect(mapping.columns[1].dateFormat).toBe('dmy');
		expect(previewFile(bytes, 'us-dates.csv').ambiguousDates).toEqual([1]);
	});

	// By construction: rows 0–499 have days 1–12, rows 500–1499 days 13–28 (month-first only).
	it('every row validated: 1,000 dates only month-first reads, none only day-first', () => {
		const ds = importBytes(bytes, mapping, TODAY);
		expect(ds.report.rowsRead).toBe(1500);
		expect(ds.report.rejected.byReason).toEqual({ bad_date: 1000 });
		expect(ds.report.dateOrder![0]).toMatchObject({
			format: 'dmy',
			onlyChosen: 0,
			onlyOther: 1000,
			chosenExample: null,
			otherExample: { line: 502, text: '9/17/2024' }
		});
		expect(dateOrderVerdict(ds.report.dateOrder![0])).toBe('mdy');
	});

	it('after the switch every row is accepted and the evidence says month-first', () => {
		const first = importBytes(bytes, mapping, TODAY);
		const switched = dateOrderSwitch(mapping, first.report)!;
		const ds = importBytes(bytes, switched, TODAY);
		expect(ds.report.accepted).toBe(1500);
		expect(ds.report.rejected.total).toBe(0);
		expect(ds.report.dateOrder![0]).toMatchObject({
			format: 'mdy',
			onlyChosen: 1000,
			onlyOther: 0
		});
		expect(dateOrderSwitch(switched, ds.report)).toBeNull();
	});

	it('the text path and the two-part merge count the same', () => {
		const whole = importBytes(bytes, mapping, TODAY);
		const text = importText(new TextDecoder().decode(bytes), mapping, TODAY);
		expect(text.report.dateOrder).toEqual(whole.report.dateOrder);
		const parts = importInParts(bytes, mapping, TODAY, 0);
		expect(parts.report.dateOrder).toEqual(whole.report.dateOrder);
	});

	it('evidence first seen after the cut keeps its whole-file line number', () => {
		const rows = Array.from({ length: 600 }, (_, i) => usLike(i));
		const late = enc.encode(
			['customer_id,date,amount', ...rows, 'C9,1/30/2024,1'].join('\n') + '\n'
		);
		const m = mapOf(late);
		const whole = importBytes(late, m, TODAY).report.dateOrder!;
		expect(whole[0].otherExample).toEqual({ line: 602, text: '1/30/2024' });
		expect(importInParts(late, m, TODAY, 0).report.dateOrder).toEqual(whole);
	});
});

/** Days and months 1–12 only: either order reads every one. */
function usLike(i: number): string {
	return `C${i % 13},${(i % 12) + 1}/${(Math.floor(i / 12) % 12) + 1}/2024,${i}`;
}
