// Lines by encoding, by hand on small byte strings; the mixed and UTF-16 fixtures
// (scripts/make-door-fixtures.ts) through the preview and the import.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../pipeline/importBytes';
import { importInParts } from '../pipeline/importInParts';
import { previewFile } from '../pipeline/previewFile';
import { detectBinary } from './detectBinary';
import { decodeBytes, detectEncoding } from './detectEncoding';
import { encodingAdvice } from './encodingAdvice';
import { lineClass, scanEncodingLines } from './encodingLines';
import { ChunkDecoder } from '../stream/ChunkDecoder';

const enc = new TextEncoder();
const gb = (s: string) => new Uint8Array(iconv.encode(s, 'gb18030'));
const cat = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
};

describe('lineClass', () => {
	const cases: [string, Uint8Array, number][] = [
		['ASCII', enc.encode('C1,2024-01-01,5'), 0],
		['UTF-8 Chinese (3 bytes)', enc.encode('C1,北京'), 1],
		['UTF-8 emoji (4 bytes)', enc.encode('C1,😀'), 1],
		['UTF-8 two-byte only (either could read it)', enc.encode('Zoë'), 0],
		['GB18030 Chinese', gb('C1,杭州'), 2],
		['Latin-1 é (a lone 0xE9)', Uint8Array.of(0x43, 0xe9, 0x2c), 2],
		['cut-off UTF-8 sequence', enc.encode('北京').subarray(0, 5), 2],
		['overlong encoding of "/"', Uint8Array.of(0xc0, 0xaf), 2],
		['UTF-16 surrogate in UTF-8 (ED A0 80)', Uint8Array.of(0xed, 0xa0, 0x80), 2]
	];
	it.each(cases)('%s', (_, bytes, want) => {
		expect(lineClass(bytes, 0, bytes.length)).toBe(want);
	});
});

describe('scanEncodingLines', () => {
	it('counts and numbers lines (LF, CRLF, lone CR), a BOM skipped', () => {
		const bytes = cat(
			Uint8Array.of(0xef, 0xbb, 0xbf),
			enc.encode('id,city\r\n'), // 1
			enc.encode('C1,北京\n'), // 2 UTF-8
			gb('C2,杭州\r'), // 3 not
			enc.encode('C3,x\n'), // 4 ASCII
			gb('C4,南京\n'), // 5 not
			enc.encode('C5,上海') // 6 UTF-8, no final break
		);
		expect(scanEncodingLines(bytes)).toEqual({
			utf8: 2,
			utf8Lines: [2, 6],
			other: 2,
			otherLines: [3, 5]
		});
	});
});

describe('encodingAdvice', () => {
	const lines = (utf8: number, other: number) => ({ utf8, utf8Lines: [], other, otherLines: [] });
	const cases: [string, ReturnType<typeof lines> | undefined, string, string | null][] = [
		['clean UTF-8 (not scanned)', undefined, 'utf-8', null],
		['UTF-8 with bad lines', lines(0, 3), 'utf-8', 'not_utf8'],
		['a GB18030 file', lines(0, 40), 'gb18030', null],
		['mixed, read as GB18030', lines(50, 10), 'gb18030', 'mixed'],
		['UTF-8 read as GB18030', lines(50, 0), 'gb18030', 'utf8_as_other'],
		['mixed, read line by line', lines(50, 10), 'utf-8+gb18030', 'per_line']
	];
	it.each(cases)('%s', (_, l, encoding, want) => {
		expect(encodingAdvice(l, encoding as never)?.kind ?? null).toBe(want);
	});
});

describe('the mixed UTF-8 / GB18030 fixture', () => {
	const bytes = new Uint8Array(readFileSync('tests/fixtures/door/mixed-utf8-gb18030.csv'));
	// By construction: data rows 0–39 and 50–59 UTF-8 (lines 2–41, 52–61), 40–49 GB18030 (42–51).
	const gbLines = [42, 43, 44, 45, 46, 47, 48, 49, 50, 51];

	it('the preview reads GB18030 (the sample is not UTF-8) and names the lines', () => {
		const p = previewFile(bytes, 'mixed.csv');
		expect(p.encoding.encoding).toBe('gb18030');
		expect(p.replacedChars).toBe(0); // no error, yet the UTF-8 lines are wrong
		expect(p.encodingLines).toMatchObject({ utf8: 50, other: 10, otherLines: gbLines });
		expect(encodingAdvice(p.encodingLines, 'gb18030')?.kind).toBe('mixed');
	});

	it('read as UTF-8: replaced characters, and the lines that are not UTF-8', () => {
		const p = previewFile(bytes, 'mixed.csv', { encoding: 'utf-8' });
		const r = importBytes(bytes, p.mapping, 20_454).report;
		expect(r.replacedChars).toBeGreaterThan(0);
		expect(r.encodingLines).toEqual({ utf8: 0, utf8Lines: [], other: 10, otherLines: gbLines });
	});

	it('read line by line: every city right', () => {
		const { text, replaced } = decodeBytes(bytes, 'utf-8+gb18030');
		expect(replaced).toBe(0);
		const cities = text
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(',')[3]);
		const want = Array.from({ length: 60 }, (_, i) =>
			i >= 40 && i < 50
				? ['杭州', '南京', '成都', '武汉'][i % 4]
				: ['北京', '上海', '广州', '深圳'][i % 4]
		);
		expect(cities).toEqual(want);
	});

	it('the streaming decoder gives the same text in small chunks', () => {
		const whole = decodeBytes(bytes, 'utf-8+gb18030').text;
		const d = new ChunkDecoder('utf-8+gb18030');
		let text = '';
		for (let i = 0; i < bytes.length; i += 7) text += d.decode(bytes.subarray(i, i + 7));
		text += d.end();
		expect(text).toBe(whole);
	});

	it('two parts report what the whole file reports', () => {
		for (const encoding of ['gb18030', 'utf-8', 'utf-8+gb18030'] as const) {
			const m = previewFile(bytes, 'mixed.csv', { encoding }).mapping;
			const whole = importBytes(bytes, m, 20_454).report.encodingLines;
			expect(importInParts(bytes, m, 20_454, 0).report.encodingLines).toEqual(whole);
		}
	});
});

describe('UTF-16 without a byte order mark', () => {
	const cases: [string, 'utf-16le' | 'utf-16be'][] = [
		['utf16le-no-bom.csv', 'utf-16le'],
		['utf16be-no-bom.csv', 'utf-16be']
	];
	it.each(cases)('%s is recognised, not called binary, and read', (name, want) => {
		const bytes = new Uint8Array(readFileSync(`tests/fixtures/door/${name}`));
		expect(detectBinary(bytes, name)).toBeNull();
		expect(detectEncoding(bytes).encoding).toBe(want);
		const p = previewFile(bytes, name);
		expect(p.headers).toEqual(['customer_id', 'date', 'amount', 'city']);
		expect(p.rows[0]).toEqual(['C0', '2024-05-01', '2', '北京']);
		const ds = importBytes(bytes, p.mapping, 20_454);
		expect(ds.report.accepted).toBe(40);
		expect(ds.report.replacedChars).toBe(0);
	});

	it('mostly Chinese UTF-16LE (a few NULs on the other side) is still UTF-16', () => {
		// 一 is U+4E00: its low byte is 0, so little-endian text of it has NULs on both sides.
		const text = 'id,名字\n' + Array.from({ length: 50 }, (_, i) => `${i},一二三`).join('\n');
		expect(detectEncoding(new Uint8Array(iconv.encode(text, 'utf-16le'))).encoding).toBe(
			'utf-16le'
		);
	});
});

describe('utf16WithoutBom refuses binary that alternates NULs', () => {
	it('16-bit little-endian numbers below 32 are not text', () => {
		const bytes = new Uint8Array(2048);
		for (let i = 0; i < bytes.length; i += 2) bytes[i] = (i / 2) % 32;
		expect(detectEncoding(bytes).encoding).not.toMatch(/utf-16/);
		expect(detectBinary(bytes, 'x.csv')).toBe('binary');
	});
});
