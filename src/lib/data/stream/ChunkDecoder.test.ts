// Bytes read a chunk at a time, cut anywhere (inside a BOM, a multi-byte character, a UTF-16
// code unit), must give the records of the whole file decoded at once.
import { describe, expect, it } from 'vitest';
import { ChunkDecoder } from './ChunkDecoder';
import { RecordSplitter } from './RecordSplitter';

describe('ChunkDecoder + RecordSplitter: bytes split anywhere', () => {
	const enc = new TextEncoder();
	const bytesCases: {
		name: string;
		encoding: 'utf-8' | 'gb18030' | 'utf-16le';
		bytes: number[][];
		rows: string[][];
	}[] = [
		{
			name: 'UTF-8 BOM split across chunks',
			encoding: 'utf-8',
			bytes: [
				[0xef, 0xbb],
				[0xbf, ...enc.encode('id,a\nC1,2\n')]
			],
			rows: [['id', 'a'], ['C1', '2'], ['']]
		},
		{
			// 客 is E5 AE A2 in UTF-8: cut after its first byte.
			name: 'multi-byte character split',
			encoding: 'utf-8',
			bytes: [
				[...enc.encode('id\n'), 0xe5],
				[0xae, 0xa2, 0x0a]
			],
			rows: [['id'], ['客'], ['']]
		},
		{
			// 客 is BF CD in GB18030; a UTF-8 BOM in front of GBK bytes is dropped as decodeBytes does.
			name: 'GB18030 with a UTF-8 BOM, character split',
			encoding: 'gb18030',
			bytes: [
				[0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xbf],
				[0xcd, 0x0a]
			],
			rows: [['a'], ['客'], ['']]
		},
		{
			name: 'UTF-16LE BOM and a code unit split',
			encoding: 'utf-16le',
			bytes: [
				[0xff, 0xfe, 0x61, 0x00, 0x2c],
				[0x00, 0x62, 0x00, 0x0a, 0x00]
			],
			rows: [['a', 'b'], ['']]
		},
		{
			name: 'NUL bytes removed',
			encoding: 'utf-8',
			bytes: [[0x61, 0x00, 0x2c, 0x62, 0x0a]],
			rows: [['a', 'b'], ['']]
		}
	];
	it.each(bytesCases)('$name', ({ encoding, bytes, rows }) => {
		const d = new ChunkDecoder(encoding);
		const s = new RecordSplitter({ delimiter: ',' });
		const got: string[][] = [];
		for (const b of bytes) got.push(...s.push(d.decode(Uint8Array.from(b))).rows);
		got.push(...s.push(d.end()).rows, ...s.end().rows);
		expect(got).toEqual(rows);
	});

	it('counts NULs and replacement characters like decodeBytes', () => {
		const d = new ChunkDecoder('utf-8');
		// One NUL, and 0xff (never valid in UTF-8) read as U+FFFD.
		const text = d.decode(Uint8Array.of(0x61, 0x00, 0xff)) + d.end();
		expect(text).toBe('a\ufffd');
		expect([d.nulRemoved, d.replaced]).toEqual([1, 1]);
	});
});
