// The slice reader: pieces that join to the file, end after a line feed, and never more than a
// bounded number of bytes asked for at once (what a tab holds of the file while importing).
import { describe, expect, it } from 'vitest';
import { linePieces, type ByteSource } from './linePieces';

/** A source that records every read and the most bytes outstanding (read, not yet consumed). */
function counted(bytes: Uint8Array) {
	const reads: [number, number][] = [];
	const src: ByteSource = {
		size: bytes.length,
		read: async (from, to) => {
			reads.push([from, to]);
			return bytes.slice(from, to);
		}
	};
	return { src, reads };
}

async function collect(src: ByteSource, options: Parameters<typeof linePieces>[1]) {
	const pieces: { at: number; text: string; final: boolean }[] = [];
	for await (const p of linePieces(src, options))
		pieces.push({ at: p.at, text: new TextDecoder().decode(p.bytes), final: p.final });
	return pieces;
}

const enc = new TextEncoder();

describe('linePieces', () => {
	const cases: [string, string, number, string[]][] = [
		// name, file, window, pieces expected (written out by hand)
		['lines shorter than the window', 'ab\ncd\nef\n', 4, ['ab\n', 'cd\n', 'ef\n']],
		['two lines in one window', 'a\nb\nc\nd', 5, ['a\nb\n', 'c\nd']],
		[
			'a line longer than the window: the read widens (3, 6, 12)',
			'abcdefgh\nx\n',
			3,
			['abcdefgh\nx\n']
		],
		['no final line break', 'ab\ncd', 3, ['ab\n', 'cd']],
		['one window holds it all', 'ab\ncd\n', 64, ['ab\ncd\n']]
	];
	it.each(cases)('%s', async (_n, text, window, expected) => {
		const { src } = counted(enc.encode(text));
		const pieces = await collect(src, { window });
		expect(pieces.map((p) => p.text)).toEqual(expected);
		expect(pieces.at(-1)?.final).toBe(true);
		expect(pieces.slice(0, -1).every((p) => !p.final)).toBe(true);
	});

	it('pieces join to the file for every window and range; each ends after a line feed', async () => {
		const text = 'id,x\nC1,"a\nb"\n\n客户,2\r\nlast';
		const bytes = enc.encode(text);
		for (let window = 1; window <= bytes.length + 1; window++)
			for (const [from, to] of [
				[0, bytes.length],
				[5, bytes.length],
				[0, 14]
			]) {
				const { src } = counted(bytes);
				const parts: Uint8Array[] = [];
				let at = from;
				for await (const p of linePieces(src, { window, from, to })) {
					expect(p.at).toBe(at);
					at += p.bytes.length;
					parts.push(p.bytes);
					if (!p.final) expect(p.bytes.at(-1)).toBe(0x0a);
				}
				expect(at).toBe(to);
				const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
				let k = 0;
				for (const p of parts) {
					joined.set(p, k);
					k += p.length;
				}
				expect(joined).toEqual(bytes.slice(from, to));
			}
	});

	it('fixed slices (lines: false) cut anywhere and join to the file', async () => {
		const bytes = enc.encode('a\r\nb\r\n客');
		const { src } = counted(bytes);
		const pieces = await collect(src, { window: 2, lines: false });
		expect(pieces.map((p) => p.at)).toEqual([0, 2, 4, 6, 8]);
		expect(pieces.map((p) => p.final)).toEqual([false, false, false, false, true]);
	});

	it('never asks for more than the window at once, nor has more than two reads open', async () => {
		// 10,000 lines of 10 bytes: a 1 KiB window must read about 100 KiB in ~100 reads.
		const line = 'C0001,12.5\n';
		const bytes = enc.encode(line.repeat(10_000));
		const window = 1024;
		const { src, reads } = counted(bytes);
		let open = 0;
		let maxOpen = 0;
		const wrapped: ByteSource = {
			size: src.size,
			read: async (from, to) => {
				maxOpen = Math.max(maxOpen, ++open);
				const b = await src.read(from, to);
				open--;
				return b;
			}
		};
		let pieces = 0;
		for await (const p of linePieces(wrapped, { window })) pieces += p.bytes.length > 0 ? 1 : 0;
		expect(pieces).toBeGreaterThan(bytes.length / window);
		expect(Math.max(...reads.map(([f, t]) => t - f))).toBeLessThanOrEqual(window);
		expect(maxOpen).toBe(1);
		// Reads follow one another; the piece being parsed and the one read ahead are the two
		// latest reads: two windows at most.
		const pairs = reads.slice(1).map(([f, t], i) => t - f + (reads[i][1] - reads[i][0]));
		expect(Math.max(...pairs)).toBeLessThanOrEqual(2 * window);
		expect(reads.length).toBeGreaterThan(bytes.length / window);
	});
});
