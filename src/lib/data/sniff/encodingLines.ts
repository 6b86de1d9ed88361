// Which lines of a file are UTF-8 and which are not. A file appended from two exports (one
// saved as UTF-8, one by Chinese Excel as GB18030) decodes without an error in either
// encoding's half and garbles the other half; only a line-by-line look says which lines.

/** Lines with non-ASCII bytes, by class, with the first line numbers of each (1-based). */
export interface EncodingLines {
	/** Valid UTF-8 with a 3- or 4-byte character (Chinese is 3 bytes in UTF-8). */
	utf8: number;
	utf8Lines: number[];
	/** Not valid UTF-8 (GB18030, Latin-1, or broken bytes). */
	other: number;
	otherLines: number[];
}

/** Line numbers kept per class. */
export const LINES_KEPT = 20;

/** A line's class: 0 ASCII only (either encoding reads it), 1 UTF-8 (see above), 2 not UTF-8. */
export type LineClass = 0 | 1 | 2;

/**
 * Classes bytes[from, to): 2 on the first invalid UTF-8 sequence; 1 when valid and a 3- or
 * 4-byte character occurs (GB18030's two-byte characters rarely line up as those); 0 when
 * ASCII or two-byte UTF-8 only.
 */
export function lineClass(bytes: Uint8Array, from: number, to: number): LineClass {
	let wide = false;
	let i = from;
	while (i < to) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) lo = 0xa0;
			else if (b === 0xed) hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) lo = 0x90;
			else if (b === 0xf4) hi = 0x8f;
		} else return 2;
		if (i + need >= to) return 2; // cut off before the line ends
		const c = bytes[i + 1];
		if (c < lo || c > hi) return 2;
		for (let k = 2; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 2;
		if (need >= 2) wide = true;
		i += need + 1;
	}
	return wide ? 1 : 0;
}

/**
 * Every line's class (a UTF-8 byte order mark skipped; LF, CRLF and a lone CR end a line, as
 * the parser counts records). `onLine` sees each line's byte range and class.
 */
export function scanEncodingLines(
	bytes: Uint8Array,
	onLine?: (from: number, to: number, cls: LineClass) => void
): EncodingLines {
	const out: EncodingLines = { utf8: 0, utf8Lines: [], other: 0, otherLines: [] };
	let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	let line = 1;
	const len = bytes.length;
	while (start < len) {
		let end = start;
		let high = false;
		while (end < len && bytes[end] !== 0x0a && bytes[end] !== 0x0d) {
			if (bytes[end] >= 0x80) high = true;
			end++;
		}
		const cls: LineClass = high ? lineClass(bytes, start, end) : 0;
		if (cls === 1) {
			if (out.utf8++ < LINES_KEPT) out.utf8Lines.push(line);
		} else if (cls === 2) {
			if (out.other++ < LINES_KEPT) out.otherLines.push(line);
		}
		let next = end;
		if (next < len) next += bytes[next] === 0x0d && bytes[next + 1] === 0x0a ? 2 : 1;
		onLine?.(start, next, cls);
		start = next;
		line++;
	}
	return out;
}

/** `b`'s lines follow `a`'s, `offset` lines later. */
export function mergeEncodingLines(
	a: EncodingLines,
	b: EncodingLines,
	offset: number
): EncodingLines {
	const shift = (ls: number[]) => ls.map((l) => l + offset);
	return {
		utf8: a.utf8 + b.utf8,
		utf8Lines: [...a.utf8Lines, ...shift(b.utf8Lines)].slice(0, LINES_KEPT),
		other: a.other + b.other,
		otherLines: [...a.otherLines, ...shift(b.otherLines)].slice(0, LINES_KEPT)
	};
}
