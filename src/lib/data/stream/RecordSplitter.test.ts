// Text cut into chunks anywhere must give the records parseText finds in the whole text. The
// expected rows are written by hand from the joined text; the teaching sample, cut at sizes from
// one character to 1 MB, is compared with parseText itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parseText';
import type { Delimiter } from '../sniff/detectDelimiter';
import { MAX_QUOTE_RECOVERIES, RecordSplitter } from './RecordSplitter';

/** Feeds the chunks, checks the record numbering is continuous, returns rows and bad records. */
function split(chunks: string[], delimiter: Delimiter = ',', maxCarryChars?: number) {
	const s = new RecordSplitter({ delimiter, maxCarryChars });
	const rows: string[][] = [];
	const bad: number[] = [];
	let numbered = true;
	for (const batch of [...chunks.map((c) => s.push(c)), s.end()]) {
		numbered &&= batch.firstRecord === rows.length + 1;
		for (const r of batch.rows) rows.push(r);
		bad.push(...batch.badRecords);
	}
	expect(numbered).toBe(true);
	return { rows, bad };
}

/** The rows parseText gives for the whole text (no open quotes in these texts). */
function whole(text: string, delimiter: Delimiter = ','): string[][] {
	const rows: string[][] = [];
	parseText(text, { delimiter, onChunk: (c) => void rows.push(...c.rows) });
	return rows;
}

// Expected rows written out by hand from the joined text. A final line break leaves one empty
// record [''] behind, as parseText does (importText then does not count it as a blank line).
const cases: {
	name: string;
	chunks: string[];
	rows: string[][];
	bad?: number[];
	delimiter?: Delimiter;
}[] = [
	{
		name: 'split mid-line',
		chunks: ['id,amt\nC1,1', '0\nC2,5\n'],
		rows: [['id', 'amt'], ['C1', '10'], ['C2', '5'], ['']]
	},
	{
		name: 'split right after a line break',
		chunks: ['a,b\n', 'c,d\n'],
		rows: [['a', 'b'], ['c', 'd'], ['']]
	},
	{
		name: 'no final line break',
		chunks: ['a,b\nc', ',d'],
		rows: [
			['a', 'b'],
			['c', 'd']
		]
	},
	{
		name: 'split mid-quote, line break inside quotes',
		chunks: ['id,"note', ' one\ntwo",3\nx,y\n'],
		rows: [['id', 'note one\ntwo', '3'], ['x', 'y'], ['']]
	},
	{
		name: 'split between the two quotes of an escaped quote',
		chunks: ['"a"', '"b",c\n'],
		rows: [['a"b', 'c'], ['']]
	},
	{ name: 'split after a closing quote', chunks: ['"a"', ',b\n'], rows: [['a', 'b'], ['']] },
	{
		name: 'CRLF split between CR and LF',
		chunks: ['a,b\r', '\nc,d\r\n'],
		rows: [['a', 'b'], ['c', 'd'], ['']]
	},
	{
		name: 'CR-only line breaks, CR last',
		chunks: ['a,b\rc', ',d\r'],
		rows: [['a', 'b'], ['c', 'd'], ['']]
	},
	{ name: 'mixed line breaks', chunks: ['a\r\nb\nc\rd'], rows: [['a'], ['b'], ['c'], ['d']] },
	{
		name: 'one character per chunk',
		chunks: [...'x,"y\r\nz"\r\n1,2'],
		rows: [
			['x', 'y\nz'],
			['1', '2']
		]
	},
	{ name: 'semicolons', chunks: ['a;b', ';c\n'], rows: [['a', 'b', 'c'], ['']], delimiter: ';' },
	{
		// As importText: the open quote's row keeps its first line and is rejected (record 2);
		// the text after that line is read again as records 3 and 4.
		name: 'quote never closed',
		chunks: ['h,v\nx,"oops\n', 'a,b\n'],
		rows: [['h', 'v'], ['x', 'oops'], ['a', 'b'], ['']],
		bad: [2]
	},
	{
		// The quote after a is not followed by a delimiter: kept as text, the record is rejected.
		name: 'malformed quote that closes later',
		chunks: ['"a"b', '",c\nd,e\n'],
		rows: [['a"b', 'c'], ['d', 'e'], ['']],
		bad: [1]
	},
	{
		// Malformed and never closed: recovered like any open quote (first line kept).
		name: 'malformed quote that never closes',
		chunks: ['"a"b,c\n', 'd,e\n'],
		rows: [['a"b,c'], ['d', 'e'], ['']],
		bad: [1]
	}
];

describe('RecordSplitter', () => {
	it.each(cases)('$name', ({ chunks, rows, bad, delimiter }) => {
		const got = split(chunks, delimiter);
		expect(got.rows).toEqual(rows);
		expect(got.bad).toEqual(bad ?? []);
	});

	it('matches parseText on the same texts when nothing is malformed', () => {
		// Line breaks as LF first: parseText keeps a CRLF inside quotes of a CRLF-only file as is.
		for (const c of cases.filter((x) => !x.bad))
			expect(split(c.chunks, c.delimiter).rows).toEqual(
				whole(c.chunks.join('').replace(/\r\n?/g, '\n'), c.delimiter)
			);
	});

	it('whitespace-aligned lines split anywhere, trailing empty row dropped', () => {
		const text = '  1  2 3\n\n4 5\n';
		const chunks = ['  1  2', ' 3\n', '\n4', ' 5\n'];
		// By hand: three lines "1 2 3", "", "4 5"; parseWhitespace drops the row after the final break.
		expect(split(chunks, 'whitespace').rows).toEqual([['1', '2', '3'], [''], ['4', '5']]);
		expect(split(chunks, 'whitespace').rows).toEqual(whole(text, 'whitespace'));
	});

	it('recovers an open quote early once it holds more than maxCarryChars', () => {
		// The same records as at the end of the file, but read before the rest arrives.
		const chunks = ['h\n"open\nnext\n', 'more,1\n', 'last\n'];
		const early = split(chunks, ',', 4);
		expect(early.rows).toEqual([['h'], ['open'], ['next'], ['more', '1'], ['last'], ['']]);
		expect(early.bad).toEqual([2]);
		expect(split(chunks).rows).toEqual(early.rows);
	});

	it('after MAX_QUOTE_RECOVERIES recoveries an open quote takes the rest of the file', () => {
		const opens = Array.from({ length: MAX_QUOTE_RECOVERIES + 1 }, (_, i) => `"q${i}\n`).join('');
		const { rows, bad } = split([opens, 'a,b\n']);
		// 20 recovered rows "q0".."q19", then the 21st open quote swallows "q20\na,b\n".
		expect(rows.length).toBe(MAX_QUOTE_RECOVERIES + 1);
		expect(rows[MAX_QUOTE_RECOVERIES]).toEqual(['q20\na,b\n']);
		expect(bad).toEqual(Array.from({ length: MAX_QUOTE_RECOVERIES + 1 }, (_, i) => i + 1));
	});

	it('any chunking of the teaching sample gives parseText’s rows (LF and CRLF)', () => {
		const lf = readFileSync('static/samples/retail/transactions.csv', 'utf8');
		// Quoted fields with line breaks, commas and escaped quotes, so edges fall inside quotes.
		const quoted = lf.replace(/,web\n/g, ',"we\nb, ""x"""\n');
		for (const text of [lf, lf.replace(/\n/g, '\r\n'), quoted]) {
			// Tiny chunks on the first lines (slow otherwise), large ones on the whole file.
			const head = text.slice(0, text.indexOf('\n', 30_000) + 1);
			for (const [part, size] of [
				[head, 1],
				[head, 7],
				[text, 4096],
				[text, 1 << 20]
			] as const) {
				const chunks: string[] = [];
				for (let i = 0; i < part.length; i += size) chunks.push(part.slice(i, i + size));
				expect(split(chunks).rows).toEqual(whole(part.replace(/\r\n/g, '\n')));
			}
		}
	});
});
