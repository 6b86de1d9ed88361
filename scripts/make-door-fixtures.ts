// Files that test trust at the door (issue 14): a US-date export whose first 500 rows cannot
// tell day-first from month-first, files in encodings that do not fit (UTF-8 and GB18030 lines
// mixed, UTF-16 without a byte order mark), amounts beyond 10^13 currency units, and a file of
// returns only. Deterministic: no randomness, no clock. Written to tests/fixtures/door/.
// Usage: npx tsx scripts/make-door-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const OUT = 'tests/fixtures/door';

/** Row i of the US-date file (0-based; the header is line 1, row i is line i + 2). */
export function usDateRow(i: number): string {
	const month = (i % 12) + 1;
	// The first 500 rows have days 1–12 (either order reads them); later rows days 13–28.
	const day = i < 500 ? (Math.floor(i / 12) % 12) + 1 : 13 + (i % 16);
	const customer = `C${String((i * 7) % 150).padStart(3, '0')}`;
	const amount = ((i * 37) % 500) + 0.99;
	return `${customer},${month}/${day}/2024,${amount.toFixed(2)}`;
}
export const US_DATE_ROWS = 1500;

const CITIES_UTF8 = ['北京', '上海', '广州', '深圳'];
const CITIES_GB = ['杭州', '南京', '成都', '武汉'];

function files(): Record<string, Uint8Array> {
	const enc = new TextEncoder();
	const out: Record<string, Uint8Array> = {};
	const us = ['customer_id,order_date,amount'];
	for (let i = 0; i < US_DATE_ROWS; i++) us.push(usDateRow(i));
	out['us-dates.csv'] = enc.encode(us.join('\r\n') + '\r\n');

	// Lines 2–41 UTF-8, lines 42–51 GB18030 (one export appended to another), then UTF-8 again.
	const parts: Uint8Array[] = [enc.encode('customer_id,date,amount,city\n')];
	for (let i = 0; i < 60; i++) {
		const gb = i >= 40 && i < 50;
		const city = (gb ? CITIES_GB : CITIES_UTF8)[i % 4];
		const line = `C${i % 9},2024-03-${String((i % 28) + 1).padStart(2, '0')},${i + 1}.50,${city}\n`;
		parts.push(gb ? new Uint8Array(iconv.encode(line, 'gb18030')) : enc.encode(line));
	}
	out['mixed-utf8-gb18030.csv'] = concat(parts);

	// The same rows in UTF-16 without a byte order mark, little- and big-endian.
	const utf16 = ['customer_id,date,amount,city'];
	for (let i = 0; i < 40; i++)
		utf16.push(
			`C${i % 7},2024-05-${String((i % 28) + 1).padStart(2, '0')},${i + 2},${CITIES_UTF8[i % 4]}`
		);
	const text16 = utf16.join('\n') + '\n';
	out['utf16le-no-bom.csv'] = new Uint8Array(iconv.encode(text16, 'utf-16le'));
	out['utf16be-no-bom.csv'] = new Uint8Array(iconv.encode(text16, 'utf-16be'));

	// One customer whose amounts sum beyond 10^13 currency units (exact total 29753086421975.27:
	// 9876543210987.65 × 2 = 19753086421975.30, + 9999999999999.97), two ordinary customers,
	// and one amount past the exact range (10^13, refused with a reason).
	out['large-money.csv'] = enc.encode(
		[
			'customer_id,date,amount',
			'BIG,2024-01-02,9876543210987.65',
			'BIG,2024-02-03,9876543210987.65',
			'BIG,2024-03-04,9999999999999.97',
			'A,2024-01-05,0.10',
			'A,2024-01-06,0.20',
			'B,2024-01-07,2795774.36',
			'HUGE,2024-01-08,123456789012345678.00'
		].join('\n') + '\n'
	);

	out['returns-only.csv'] = enc.encode(
		[
			'customer_id,date,amount',
			'C1,2024-01-02,-10.00',
			'C2,2024-01-03,-5.50',
			'C1,2024-02-01,-1.25'
		].join('\n') + '\n'
	);
	return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
	const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		all.set(p, at);
		at += p.length;
	}
	return all;
}

mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of Object.entries(files())) writeFileSync(join(OUT, name), bytes);
