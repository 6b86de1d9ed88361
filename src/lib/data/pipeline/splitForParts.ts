// Where a file can be cut so that two workers validate its halves independently and the joined
// result equals validating it whole (mergePartials). Only where that is certain by
// construction: no quote character anywhere (so a line break always ends a record), an
// encoding in which byte 0x0A is always a line feed (not UTF-16), a delimited file, and a cut
// right after a line feed.
import type { Mapping } from '../map/types';

export interface FileCut {
	/** Byte offset where the second part starts (just after a line feed). */
	at: number;
	/** Records (lines) in the first part, header included: the second part's line offset. */
	readonly records: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export function splitForParts(
	bytes: Uint8Array,
	mapping: Mapping,
	minBytes: number
): FileCut | null {
	if (bytes.length < minBytes || bytes.length < 2) return null;
	// Hook (issue 23): an order's rows must stay together to be folded (orders/importOrders).
	if (mapping.layout) return null;
	if (mapping.encoding.startsWith('utf-16') || mapping.delimiter === 'whitespace') return null;
	if (bytes.indexOf(QUOTE) !== -1) return null;
	const lf = bytes.indexOf(LF, bytes.length >> 1);
	if (lf === -1 || lf + 1 >= bytes.length) return null;
	const at = lf + 1;
	let records = -1;
	return {
		at,
		// Counted only when asked: the byte reader counts the first part's records as it reads.
		get records() {
			if (records === -1) records = recordsBefore(bytes, at);
			return records;
		}
	};
}

/** Line breaks as the parser counts them: CRLF, lone CR and lone LF each end one record. */
function recordsBefore(bytes: Uint8Array, at: number): number {
	let records = 0;
	for (let i = 0; i < at; i++) {
		const c = bytes[i];
		if (c === LF) records++;
		else if (c === CR) {
			records++;
			if (bytes[i + 1] === LF) i++;
		}
	}
	return records;
}
