// A file read in slices must give exactly what importBytes gives for the whole file: the same
// columns, labels, line numbers and report. The tricky files below are read with every window
// from one byte to the file's length, so a read ends at every byte offset: between CR and LF,
// inside a quoted field and its line breaks, inside a UTF-8 or GB18030 character, inside the BOM.
// The reference is the whole-file import (importBytes), itself pinned by the parse tests; the
// text road is also checked on its own (readTextSlices), since clean files take the byte road.
import { describe, expect, it } from 'vitest';
import type { Mapping } from '../map/types';
import { decodeBytes } from '../sniff/detectEncoding';
import type { ByteSource } from '../stream/linePieces';
import { completeDataset } from '../validate/DatasetBuilder';
import { encodingLinesFor, importBytes, importText } from './importBytes';
import { joinParts, secondPartMapping } from './importInParts';
import { importSlicesPartial, readBytePart, readTextSlices } from './importSlices';
import { previewFile } from './previewFile';
import { expectedRows } from '../worker/validateSlices';

const TODAY = 20_454; // 2026-01-01
const enc = new TextEncoder();

function source(bytes: Uint8Array): ByteSource {
	return { size: bytes.length, read: async (from, to) => bytes.slice(from, to) };
}

const cat = (...parts: (string | number[] | Uint8Array)[]) => {
	const chunks = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : Uint8Array.from(p)));
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
};

// GB18030 bytes written out by hand: 中 = D6 D0, 文 = CE C4, 客 = BF CD, 户 = BB A7.
const ZHONG_WEN = [0xd6, 0xd0, 0xce, 0xc4];
const KE_HU = [0xbf, 0xcd, 0xbb, 0xa7];
const H = 'id,date,amount,note\n';

/** UTF-16LE with its BOM: a 0x0A byte may be half a character here. */
const utf16le = (text: string) => {
	const out = [0xff, 0xfe];
	for (let i = 0; i < text.length; i++)
		out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
	return Uint8Array.from(out);
};

const files: [string, Uint8Array, Partial<Mapping>?][] = [
	['plain LF', cat(H, 'C1,2024-01-02,10,a\nC2,2024-01-03,5.5,b\nC1,2024-02-01,-3,c\n')],
	['CRLF', cat('id,date,amount\r\nC1,2024-01-02,10\r\nC2,2024-01-03,5\r\nC3,2024-01-04,7\r\n')],
	[
		'BOM and CRLF',
		cat([0xef, 0xbb, 0xbf], 'id,date,amount\r\nC1,2024-01-02,10\r\nC2,2024-01-03,5\r\n')
	],
	[
		'quoted line breaks and delimiters',
		cat(H, 'C1,2024-01-02,10,"two\nlines"\nC2,2024-01-03,5,"x,y"\nC3,2024-01-04,1,"say ""hi"""\n')
	],
	[
		'quoted CRLF inside CRLF lines',
		// In the id, a stored column: the whole-file parse keeps the CRLF inside the quotes.
		cat('id,date,amount,note\r\n"C\r\n1",2024-01-02,10,"a\r\nb"\r\nC2,2024-01-03,5,z\r\n')
	],
	[
		'unclosed quote mid-file',
		cat(H, 'C1,2024-01-02,10,"open\nC2,2024-01-03,5,b\nC3,2024-01-04,7,c\n')
	],
	[
		'mixed line breaks',
		cat('id,date,amount\r\nC1,2024-01-02,10\nC2,2024-01-03,5\r\nC3,2024-01-04,2\r')
	],
	['lone CR line breaks', cat('id,date,amount\rC1,2024-01-02,10\rC2,2024-01-03,5\r')],
	[
		'UTF-8 multibyte ids',
		cat(H, '客户甲,2024-01-02,10,😀\n客户乙,2024-01-03,5,é\n客户甲,2024-01-05,2,ß\n')
	],
	[
		'GB18030 ids',
		cat(H, ZHONG_WEN, ',2024-01-02,10,x\n', KE_HU, ',2024-01-03,5,', ZHONG_WEN, '\n'),
		{ encoding: 'gb18030' }
	],
	['invalid UTF-8 byte', cat(H, 'C1,2024-01-02,10,a', [0xff], 'b\nC2,2024-01-03,5,c\n')],
	[
		'UTF-16LE with CRLF and a quoted line break',
		// The quoted line break is in the id (a stored column); U+0D41's bytes hold a 0x0D.
		utf16le('id,date,amount\r\n"客\r\n户",2024-01-02,10\r\nC\u0a0d\u0d41,2024-01-03,5\r\n'),
		{ encoding: 'utf-16le' }
	],
	['NUL bytes', cat(H, 'C1,2024-01-02,10,a\0\nC2,2024-01-03,5,b\n')],
	['blank lines, no final line break', cat('\n\n', H, 'C1,2024-01-02,10,a\n\nC2,2024-01-03,5,b')],
	[
		'rejected rows',
		cat(H, 'C1,not a date,10,a\nC2,2024-01-03,x,b\n,2024-01-04,1,c\nC4,2024-01-05\n')
	],
	[
		'semicolons and decimal commas',
		cat('id;date;amount\nC1;02.01.2024;10,5\nC2;03.01.2024;5,25\n'),
		{ delimiter: ';' }
	]
];

function mappingOf(bytes: Uint8Array, over: Partial<Mapping> = {}): Mapping {
	const preview = previewFile(bytes, 'file.csv', {
		encoding: over.encoding,
		delimiter: over.delimiter
	});
	return { ...preview.mapping, ...over };
}

const windows = (n: number) => Array.from({ length: n + 1 }, (_, i) => i + 1);

describe('importSlices: every window gives the whole file’s result', () => {
	it.each(files)('%s', async (_name, bytes, over) => {
		const mapping = mappingOf(bytes, over);
		const whole = importBytes(bytes, mapping, TODAY);
		const { text, nulCount, replaced } = decodeBytes(bytes, mapping.encoding);
		const wholeText = importText(text, mapping, TODAY, undefined, nulCount, replaced);
		// importPartBytes adds which lines are in which encoding; importText alone does not.
		const lines = encodingLinesFor(bytes, mapping.encoding, replaced);
		if (lines) wholeText.report.encodingLines = lines;
		for (const window of windows(bytes.length)) {
			const sliced = completeDataset(
				mapping,
				await importSlicesPartial(source(bytes), mapping, TODAY, { window })
			);
			expect(sliced, `window ${window}`).toEqual(whole);
			const viaText = completeDataset(
				mapping,
				await readTextSlices(source(bytes), mapping, TODAY, { window })
			);
			expect(viaText, `text road, window ${window}`).toEqual(wholeText);
		}
	});
});

describe('importSlices: two parts read in slices and joined', () => {
	const plain = cat(
		H,
		...Array.from(
			{ length: 40 },
			(_, i) => `C${i % 7},2024-01-${String(1 + (i % 28)).padStart(2, '0')},${i}.5,n${i % 3}\n`
		)
	);
	it('every cut after a line feed, a few windows', async () => {
		const mapping = mappingOf(plain);
		const whole = importBytes(plain, mapping, TODAY);
		for (let at = H.length; at < plain.length; at++) {
			if (plain[at - 1] !== 0x0a) continue;
			for (const window of [1, 9, 64, 4096]) {
				const src = source(plain);
				const first = await readBytePart(src, mapping, TODAY, { to: at, window });
				const second = await readBytePart(src, secondPartMapping(mapping), TODAY, {
					from: at,
					window
				});
				expect(first && second).toBeTruthy();
				const joined = joinParts(mapping, first!, second!, { at, records: first!.records! });
				expect(joined, `cut ${at}, window ${window}`).toEqual(whole);
			}
		}
	});
	// Issue 22: the import worker sizes its part's columns for the whole file (expectedRows) and
	// the join writes the second part into their buffers. Whatever the estimate — far too few,
	// the file's head's, far too many — the result is the whole file's; with room, no new column.
	it.each([
		// Grown by doubling past the estimate: room or not, as it happens (not asserted).
		{ name: 'estimate far too low', first: () => 1, second: () => 1, inPlace: null },
		{
			name: "the head's estimate",
			first: (at: number) => expectedRows(plain.subarray(0, 256), 0, plain.length) + 0 * at,
			second: (at: number) => expectedRows(plain.subarray(0, 256), at, plain.length),
			inPlace: true
		},
		{ name: 'estimate far too high', first: () => 100_000, second: () => 100_000, inPlace: true }
	])('columns sized ahead ($name) join into the same result', async (c) => {
		const mapping = mappingOf(plain);
		const whole = importBytes(plain, mapping, TODAY);
		const lastLine = plain.lastIndexOf(0x0a, plain.length - 2) + 1;
		for (const at of [H.length, Math.floor(plain.length / 2), lastLine]) {
			const cut = plain.indexOf(0x0a, at - 1) + 1;
			const src = source(plain);
			const first = await readBytePart(src, mapping, TODAY, { to: cut, capacity: c.first(cut) });
			const second = await readBytePart(src, secondPartMapping(mapping), TODAY, {
				from: cut,
				capacity: c.second(cut)
			});
			const amount = first!.columns.amount;
			const before = amount.type === 'number' ? amount.values.buffer : null;
			const joined = joinParts(mapping, first!, second!, { at: cut, records: first!.records! });
			expect(joined, `cut ${cut}`).toEqual(whole);
			const after = joined.columns.amount;
			if (c.inPlace !== null)
				expect(after.type === 'number' && after.values.buffer === before, `cut ${cut}`).toBe(
					c.inPlace
				);
		}
	});

	it('a quote in either part sends the file to the text road', async () => {
		const quoted = cat(plain, 'C1,2024-01-02,10,"q"\n');
		const mapping = mappingOf(quoted);
		const at = plain.length;
		expect(
			await readBytePart(source(quoted), secondPartMapping(mapping), TODAY, { from: at })
		).toBeNull();
		expect(await readBytePart(source(quoted), mapping, TODAY)).toBeNull();
	});
});
