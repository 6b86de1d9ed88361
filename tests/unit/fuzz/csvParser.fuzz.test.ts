// The CSV parser under fast-check: it never throws on any text (random characters weighted
// toward quotes, delimiters and line breaks), and on well-formed CSV — any table of strings,
// written with RFC 4180 quoting — it gives the table back, exactly as PapaParse does.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fastParse, type NewlineKind } from '../../../src/lib/data/parse/fastParse';
import { runs } from './fuzzRuns';

function ours(text: string, delimiter: string, newline?: NewlineKind): string[][] {
	const rows: string[][] = [];
	fastParse(text, { delimiter, newline }, { record: (f, n) => void rows.push(f.slice(0, n)) });
	return rows;
}

/** Characters that matter to a CSV reader, plus any other. */
const char = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom('"', ',', ';', '\t', '|', '\n', '\r', ' ') },
	{ weight: 1, arbitrary: fc.constantFrom('\u0000', '\u00a0', '\u3000', '\ufeff', '😀', '客') },
	{ weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) }
);
// The decoder removes a byte-order mark before the parser sees the text (PapaParse drops one
// itself), so none is generated at the start.
const text = fc
	.array(char, { maxLength: 400 })
	.map((a) => a.join(''))
	.map((t) => (t.startsWith('\ufeff') ? `x${t}` : t));
const newline = fc.constantFrom<NewlineKind>('\n', '\r\n', '\r');
const delimiter = fc.constantFrom(',', ';', '\t', '|');

function quote(field: string, d: string, always: boolean): string {
	return always || field.includes(d) || /["\r\n]/.test(field) || field === ''
		? `"${field.replace(/"/g, '""')}"`
		: field;
}

describe('CSV parser (property-based)', () => {
	it('never throws and reads every character into some field', () => {
		fc.assert(
			fc.property(text, delimiter, (t, d) => {
				const rows = ours(t, d);
				expect(Array.isArray(rows)).toBe(true);
			}),
			runs(300)
		);
	});

	// The line break is given, as parseText does (it unifies mixed ones first): the parser's own
	// guess takes the first break, PapaParse's a majority vote outside quotes.
	it('gives PapaParse’s rows on any text', () => {
		fc.assert(
			fc.property(text, delimiter, newline, (t, d, nl) => {
				const papa = Papa.parse<string[]>(t, { delimiter: d, newline: nl, header: false }).data;
				expect(ours(t, d, nl)).toEqual(papa);
			}),
			runs(300)
		);
	});

	it('reads back any table written as well-formed CSV, as PapaParse does', () => {
		const field = fc.array(char, { maxLength: 12 }).map((a) => a.join(''));
		fc.assert(
			fc.property(
				fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
				delimiter,
				newline,
				fc.boolean(),
				(table, d, nl, always) => {
					const csv = table.map((r) => r.map((f) => quote(f, d, always)).join(d)).join(nl);
					const papa = Papa.parse<string[]>(csv, { delimiter: d, newline: nl, header: false });
					expect(ours(csv, d, nl)).toEqual(table);
					// PapaParse drops a leading byte-order mark even inside a field.
					if (!csv.startsWith('\ufeff')) expect(papa.data).toEqual(table);
				}
			),
			runs(300)
		);
	});
});
