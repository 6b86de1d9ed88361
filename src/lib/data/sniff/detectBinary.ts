// Recognises files that are not CSV text by their magic bytes, so they are never parsed as
// text. The format names match message keys (import.format.*) that tell the user how to save as CSV.
import { utf16WithoutBom } from './utf16WithoutBom';

export type BinaryFormat =
	| 'xlsx'
	| 'xls'
	| 'ods'
	| 'zip'
	| 'pdf'
	| 'png'
	| 'jpeg'
	| 'gif'
	| 'webp'
	| 'numbers'
	| 'json'
	| 'html'
	| 'binary';

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
	if (bytes.length < at + sig.length) return false;
	return sig.every((b, i) => bytes[at + i] === b);
}

function hasAscii(bytes: Uint8Array, text: string): boolean {
	const limit = Math.min(bytes.length, 4096);
	outer: for (let i = 0; i + text.length <= limit; i++) {
		for (let j = 0; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
		return true;
	}
	return false;
}

/** Names the binary format of a file's first bytes, or null when it looks like text. */
export function detectBinary(bytes: Uint8Array, fileName = ''): BinaryFormat | null {
	const name = fileName.toLowerCase();
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
		if (name.endsWith('.numbers') || hasAscii(bytes, 'Index/Document.iwa')) return 'numbers';
		if (name.endsWith('.ods') || hasAscii(bytes, 'application/vnd.oasis.opendocument.spreadsheet'))
			return 'ods';
		if (name.endsWith('.xlsx') || hasAscii(bytes, '[Content_Types].xml') || hasAscii(bytes, 'xl/'))
			return 'xlsx';
		return 'zip';
	}
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
	if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
		return 'webp';
	if (startsWith(bytes, [0x1f, 0x8b])) return 'zip';
	// UTF-16 text has NULs too, but it starts with a BOM or alternates NULs; checked before this.
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
	if (utf16WithoutBom(bytes)) return null;
	// Text formats that are not tables: JSON and HTML/XML documents.
	let first = 0;
	while (
		first < bytes.length &&
		(bytes[first] <= 32 || bytes[first] === 0xef || bytes[first] === 0xbb || bytes[first] === 0xbf)
	)
		first++;
	if (name.endsWith('.json') && (bytes[first] === 0x7b || bytes[first] === 0x5b)) return 'json';
	if (
		bytes[first] === 0x3c &&
		(hasAscii(bytes, '<html') ||
			hasAscii(bytes, '<!DOCTYPE') ||
			hasAscii(bytes, '<!doctype') ||
			hasAscii(bytes, '<?xml'))
	)
		return 'html';
	const n = Math.min(bytes.length, 8192);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
	}
	// A few stray NULs are tolerated (removed later); a file of control bytes is binary.
	return n > 0 && control / n > 0.1 ? 'binary' : null;
}
