import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding } from '../sniff/detectEncoding';
import { detectDelimiter } from '../sniff/detectDelimiter';
import { fastParse, firstNewline, type FastParseOptions, type NewlineKind } from './fastParse';
import { parseText } from './parseText';

interface Parsed {
	rows: string[][];
	problems: string[];
}

function ours(text: string, options: FastParseOptions): Parsed {
	const rows: string[][] = [];
	const problems: string[] = [];
	fastParse(text, options, {
		record: (fields, count) => void rows.push(fields.slice(0, count)),
		problem: (record, code) => void problems.push(`${record}:${code}`)
	});
	return { rows, problems };
}

/** PapaParse on the whole text at once, its errors named like ours (record = row + 1). */
function papa(text: string, delimiter: string, newline?: NewlineKind): Parsed {
	const r = Papa.parse<string[]>(text, {
		delimiter,
		newline: newline as Papa.ParseConfig['newline'],
		header: false,
		skipEmptyLines: false
	});
	return {
		rows: r.data,
		problems: r.errors.map(
			(e) =>
				`${(e.row ?? 0) + 1}:${e.code === 'MissingQuotes' ? 'unclosed_quote' : 'malformed_quotes'}`
		)
	};
}

/** A small seeded generator (LCG), so the random corpus is the same on every run. */
function lcg(seed: number) {
	let s = seed;
	return () => {
		s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
		return s / 0x7fffffff;
	};
}

// Expected rows worked out by hand from RFC 4180 and, for malformed quotes, from PapaParse's
// rules: a closing quote counts only before the delimiter or line break (spaces between are
// dropped); any other quote inside a quoted field is text and a malformed_quotes problem; a
// quote that never closes makes the rest of the text, as written, the last field.
const cases: {
	name: string;
	text: string;
	delimiter?: string;
	rows: string[][];
	problems?: string[];
}[] = [
	{
		name: 'plain',
		text: 'a,b\nc,d',
		rows: [
			['a', 'b'],
			['c', 'd']
		]
	},
	{ name: 'final line break leaves one empty field', text: 'a,b\n', rows: [['a', 'b'], ['']] },
	{
		name: 'empty fields',
		text: ',,\n,',
		rows: [
			['', '', ''],
			['', '']
		]
	},
	{ name: 'quoted delimiter', text: '"a,b",c', rows: [['a,b', 'c']] },
	{ name: 'escaped quotes', text: '"say ""hi""",x', rows: [['say "hi"', 'x']] },
	{ name: 'only an escaped quote', text: '""""', rows: [['"']] },
	{
		name: 'line break inside quotes',
		text: '"a\nb",c\nd,e',
		rows: [
			['a\nb', 'c'],
			['d', 'e']
		]
	},
	{ name: 'CRLF', text: 'a,b\r\nc,d\r\n', rows: [['a', 'b'], ['c', 'd'], ['']] },
	{
		name: 'CR only',
		text: 'a,b\rc,d',
		rows: [
			['a', 'b'],
			['c', 'd']
		]
	},
	{
		name: 'CRLF inside quotes',
		text: '"x\r\ny",z\r\n1,2',
		rows: [
			['x\r\ny', 'z'],
			['1', '2']
		]
	},
	{ name: 'quote inside an unquoted field is text', text: 'a"b,c', rows: [['a"b', 'c']] },
	{
		name: 'spaces after the closing quote',
		text: '"a"  ,b\n"c" \nd',
		rows: [['a', 'b'], ['c'], ['d']]
	},
	{ name: 'quoted last field at the end', text: 'a,"b"', rows: [['a', 'b']] },
	{ name: 'delimiter at the end', text: '"a",', rows: [['a', '']] },
	{
		name: 'semicolon',
		text: 'a;"b;c"\n1,5;2',
		delimiter: ';',
		rows: [
			['a', 'b;c'],
			['1,5', '2']
		]
	},
	{ name: 'tab', text: 'a\t"b\tc"\n', delimiter: '\t', rows: [['a', 'b\tc'], ['']] },
	{ name: 'pipe', text: 'a|b', delimiter: '|', rows: [['a', 'b']] },
	{
		name: 'unclosed quote swallows the rest',
		text: 'a,b\nc,"d\ne,f\n',
		rows: [
			['a', 'b'],
			['c', 'd\ne,f\n']
		],
		problems: ['2:unclosed_quote']
	},
	{
		name: 'text after a closing quote',
		text: '"a"b,c\nd',
		rows: [['a"b,c\nd']],
		problems: ['1:malformed_quotes', '1:unclosed_quote']
	},
	{
		name: 'a stray quote later closed properly',
		text: '"a"b",c',
		rows: [['a"b', 'c']],
		problems: ['1:malformed_quotes']
	},
	{ name: 'empty text', text: '', rows: [] }
];

describe('fastParse', () => {
	it.each(cases)('$name', ({ text, delimiter = ',', rows, problems = [] }) => {
		expect(ours(text, { delimiter })).toEqual({ rows, problems });
	});

	it.each(cases)('gives PapaParse’s rows: $name', ({ text, delimiter = ',' }) => {
		expect(ours(text, { delimiter })).toEqual(papa(text, delimiter));
	});

	const root = join('node_modules', 'csv-spectrum', 'csvs');
	it.each(readdirSync(root))('gives PapaParse’s rows on csv-spectrum %s', (file) => {
		const bytes = new Uint8Array(readFileSync(join(root, file)));
		const { text } = decodeBytes(bytes, detectEncoding(bytes, true).encoding);
		const delimiter = detectDelimiter(text);
		if (delimiter === 'whitespace') throw new Error('csv-spectrum files have delimiters');
		expect(ours(text, { delimiter })).toEqual(papa(text, delimiter));
	});

	// Random texts over an alphabet dense in quotes, delimiters, spaces and line breaks, so
	// every malformed-quote path is hit many times; the newline is given, as parseText does.
	it.each(['\n', '\r\n', '\r'] as NewlineKind[])(
		'gives PapaParse’s rows on 20,000 random texts (newline %j)',
		(newline) => {
			const rand = lcg(newline.length * 7919 + newline.charCodeAt(0));
			const alphabet = ['a', 'b c', '"', '"', '""', ',', ';', ' ', '\t', '\u00a0', '\u3000'];
			alphabet.push('\n', '\r\n', '\r', '\f');
			let differ = 0;
			for (let i = 0; i < 20_000; i++) {
				let text = '';
				const n = 1 + Math.floor(rand() * 24);
				for (let k = 0; k < n; k++) text += alphabet[Math.floor(rand() * alphabet.length)];
				const delimiter = i % 4 === 0 ? ';' : ',';
				const a = JSON.stringify(ours(text, { delimiter, newline }));
				if (a !== JSON.stringify(papa(text, delimiter, newline))) differ++;
			}
			expect(differ).toBe(0);
		}
	);

	it('finds the line break PapaParse finds in well-formed files', () => {
		const rand = lcg(42);
		for (const nl of ['\n', '\r\n', '\r'] as const) {
			const lines = [];
			for (let r = 0; r < 30; r++) {
				const cells = [];
				for (let c = 0; c < 4; c++) {
					const raw = ['x', 'y z', 'q"q', 'a,b', `l${nl}m`][Math.floor(rand() * 5)];
					cells.push(/[",\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw);
				}
				lines.push(cells.join(','));
			}
			const text = lines.join(nl) + nl;
			expect(ours(text, { delimiter: ',' })).toEqual(papa(text, ','));
		}
	});

	const newlines: [string, NewlineKind][] = [
		['a\nb', '\n'],
		['a\r\nb', '\r\n'],
		['a\rb', '\r'],
		['a\rb\nc', '\r'],
		['a\nb\r\nc', '\n'],
		['abc', '\n']
	];
	it.each(newlines)('the first line break of %j is %j', (text, kind) => {
		expect(firstNewline(text)).toBe(kind);
	});

	it('numbers records from 1, gives the offset after each line break, and stops when asked', () => {
		const seen: [string, number, number][] = [];
		fastParse(
			'h1,h2\r\n"a\r\nb",1\r\nc,2\r\nd,3',
			{ delimiter: ',' },
			{
				record: (f, n, record, end) => {
					seen.push([f.slice(0, n).join('|'), record, end]);
					return record < 3 ? undefined : false;
				}
			}
		);
		// Offsets by hand: "h1,h2\r\n" is 7 chars; "\"a\r\nb\",1\r\n" 10 more; "c,2\r\n" 5 more.
		expect(seen).toEqual([
			['h1|h2', 1, 7],
			['a\r\nb|1', 2, 17],
			['c|2', 3, 22]
		]);
	});

	it('stops after maxRecords', () => {
		expect(ours('a\nb\nc\nd', { delimiter: ',', maxRecords: 2 }).rows).toEqual([['a'], ['b']]);
	});

	it('parseText hands out the same rows in chunks, with problems in their record’s chunk', () => {
		const text = 'a,1\nb,2\nc,"3\nd,4\n';
		const whole = ours(text, { delimiter: ',' });
		const chunks: { first: number; rows: string[][]; problems: number[] }[] = [];
		parseText(text, {
			delimiter: ',',
			chunkRows: 2,
			onChunk: (c) =>
				void chunks.push({
					first: c.firstRecord,
					rows: c.rows,
					problems: c.problems.map((p) => p.record)
				})
		});
		expect(chunks.flatMap((c) => c.rows)).toEqual(whole.rows);
		expect(chunks.map((c) => c.first)).toEqual([1, 3]);
		// Record 3 (the unclosed quote) is in the second chunk, which starts at record 3.
		expect(chunks[1].problems).toEqual([3]);
	});
});
