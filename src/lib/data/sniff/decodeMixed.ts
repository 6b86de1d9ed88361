// Reads a file whose lines are partly UTF-8 and partly GB18030 (two exports appended): each
// line in the encoding its bytes fit. Runs of lines of one kind are decoded in one call.
import { scanEncodingLines } from './encodingLines';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const gb = new TextDecoder('gb18030', { ignoreBOM: true });

/**
 * Lines with a 3- or 4-byte UTF-8 character and no invalid sequence are UTF-8; lines that are
 * not valid UTF-8 are GB18030; ASCII lines (and two-byte-only lines, which either could be)
 * go with the run they are in.
 */
export function decodeMixed(bytes: Uint8Array): string {
	const parts: string[] = [];
	let runStart = 0;
	let runUtf8 = true;
	scanEncodingLines(bytes, (from, _to, cls) => {
		if (cls === 0) return;
		const isUtf8 = cls === 1;
		if (isUtf8 === runUtf8) return;
		if (from > runStart) parts.push((runUtf8 ? utf8 : gb).decode(bytes.subarray(runStart, from)));
		runStart = from;
		runUtf8 = isUtf8;
	});
	if (runStart < bytes.length) parts.push((runUtf8 ? utf8 : gb).decode(bytes.subarray(runStart)));
	return parts.join('');
}
