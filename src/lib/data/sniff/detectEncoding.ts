// Decides how a file's bytes become text: BOM first, then UTF-16's NUL pattern, then strict
// UTF-8, then GB18030 (the default of Chinese Excel and WPS), which also reads GBK and GB2312.
// 'utf-8+gb18030' reads each line in the one of the two its bytes fit (see decodeMixed).
import { decodeMixed } from './decodeMixed';
import { utf16WithoutBom } from './utf16WithoutBom';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'utf-8+gb18030';

export const ENCODINGS: TextEncodingName[] = [
	'utf-8',
	'utf-16le',
	'utf-16be',
	'gb18030',
	'utf-8+gb18030'
];

export interface EncodingGuess {
	encoding: TextEncodingName;
	bom: boolean;
	/**
	 * Why: 'bom' | 'utf8-valid' | 'utf8-invalid' (fell back to GB18030) | 'bom-mismatch' |
	 * 'utf16-nul' (UTF-16 without a BOM) | 'chosen' (by the user, not detected).
	 */
	reason: 'bom' | 'utf8-valid' | 'utf8-invalid' | 'bom-mismatch' | 'utf16-nul' | 'chosen';
}

/** Bytes of a sample with a trailing, cut-off UTF-8 sequence removed. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
	let end = bytes.length;
	for (let back = 1; back <= 3 && end - back >= 0; back++) {
		const b = bytes[end - back];
		if ((b & 0xc0) === 0x80) continue; // continuation byte
		if ((b & 0xc0) === 0xc0) {
			const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
			if (need > back) end -= back;
		}
		break;
	}
	return bytes.subarray(0, end);
}

export function isValidUtf8(bytes: Uint8Array, complete: boolean): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(complete ? bytes : trimPartialUtf8(bytes));
		return true;
	} catch {
		return false;
	}
}

/** `complete` says the sample is the whole file (a cut-off last character is then an error). */
export function detectEncoding(sample: Uint8Array, complete = false): EncodingGuess {
	if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
		// Some tools write a UTF-8 BOM in front of GBK bytes; trust the bytes, not the BOM.
		if (isValidUtf8(sample.subarray(3), complete))
			return { encoding: 'utf-8', bom: true, reason: 'bom' };
		return { encoding: 'gb18030', bom: true, reason: 'bom-mismatch' };
	}
	if (sample[0] === 0xff && sample[1] === 0xfe)
		return { encoding: 'utf-16le', bom: true, reason: 'bom' };
	if (sample[0] === 0xfe && sample[1] === 0xff)
		return { encoding: 'utf-16be', bom: true, reason: 'bom' };
	const utf16 = utf16WithoutBom(sample);
	if (utf16) return { encoding: utf16, bom: false, reason: 'utf16-nul' };
	if (isValidUtf8(sample, complete)) return { encoding: 'utf-8', bom: false, reason: 'utf8-valid' };
	return { encoding: 'gb18030', bom: false, reason: 'utf8-invalid' };
}

/** Decodes bytes to text, dropping a BOM and NUL characters (which break every later step). */
export function decodeBytes(
	bytes: Uint8Array,
	encoding: TextEncodingName
): { text: string; nulCount: number; replaced: number } {
	let start = 0;
	if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		start = 3;
	if (
		(encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) ||
		(encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff)
	)
		start = 2;
	if (
		(encoding === 'gb18030' || encoding === 'utf-8+gb18030') &&
		bytes[0] === 0xef &&
		bytes[1] === 0xbb &&
		bytes[2] === 0xbf
	)
		start = 3;
	let text =
		encoding === 'utf-8+gb18030'
			? decodeMixed(bytes.subarray(start))
			: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(start));
	let nulCount = 0;
	if (text.includes('\u0000')) {
		const before = text.length;
		text = text.replaceAll('\u0000', '');
		nulCount = before - text.length;
	}
	let replaced = 0;
	if (text.includes('\ufffd')) for (const ch of text) if (ch === '\ufffd') replaced++;
	return { text, nulCount, replaced };
}
