// A file read in slices (issue 22): never all its bytes at once, so a tab can import files far
// larger than it could hold as one buffer. Each piece ends just after a line feed, so no line is
// cut (the byte reader needs whole lines); a line longer than the window is read whole by
// widening that one read. While a piece is being parsed the next one is already being read, so
// at most two windows (plus a line that does not fit one) are held at any moment.

/** Where a file's bytes come from: a Blob in the browser, a buffer in tests. */
export interface ByteSource {
	readonly size: number;
	/** Bytes [from, to). */
	read(from: number, to: number): Promise<Uint8Array>;
}

export function blobSource(blob: Blob): ByteSource {
	return {
		size: blob.size,
		read: async (from, to) => new Uint8Array(await blob.slice(from, to).arrayBuffer())
	};
}

/** Bytes read per slice: large enough that the per-read cost vanishes, small next to a file. */
export const SLICE_BYTES = 8 * 1024 * 1024;

const LF = 0x0a;

export interface Piece {
	bytes: Uint8Array;
	/** Offset of bytes[0] in the file. */
	at: number;
	/** The piece that reaches `to`. */
	final: boolean;
}

/** One read from `pos`: whole lines up to the last line feed (or up to `to`), widened as needed. */
async function readLines(src: ByteSource, pos: number, to: number, window: number) {
	let size = window;
	for (;;) {
		const end = Math.min(pos + size, to);
		const bytes = await src.read(pos, end);
		if (end === to) return { bytes, final: true };
		const lf = bytes.lastIndexOf(LF);
		if (lf >= 0) return { bytes: bytes.subarray(0, lf + 1), final: false };
		size *= 2; // one line longer than the window: read it whole
	}
}

/**
 * The bytes [from, to) of `src` as pieces that end just after a line feed (the last one ends at
 * `to`). `lines: false` gives fixed slices instead (text in an encoding where a 0x0A byte may
 * be half a character, UTF-16: the decoder joins what a cut divides).
 */
export async function* linePieces(
	src: ByteSource,
	{
		from = 0,
		to = src.size,
		window = SLICE_BYTES,
		lines = true
	}: { from?: number; to?: number; window?: number; lines?: boolean } = {}
): AsyncGenerator<Piece> {
	const read = (pos: number) =>
		lines
			? readLines(src, pos, to, window)
			: src
					.read(pos, Math.min(pos + window, to))
					.then((bytes) => ({ bytes, final: pos + window >= to }));
	if (from >= to) {
		yield { bytes: new Uint8Array(0), at: from, final: true };
		return;
	}
	let pos = from;
	let next = read(pos);
	for (;;) {
		const piece = await next;
		const at = pos;
		pos += piece.bytes.length;
		// The next read runs while the caller parses this piece.
		if (!piece.final) next = read(pos);
		yield { bytes: piece.bytes, at, final: piece.final };
		if (piece.final) return;
	}
}
