// Bytes → text a chunk at a time, with the result decodeBytes gives for the whole file: the BOM
// dropped by the same rules, NULs removed, replacement characters counted, and a multi-byte
// character split across two chunks kept whole (TextDecoder's stream mode).
import type { TextEncodingName } from '../sniff/detectEncoding';
import { decodeMixed } from '../sniff/decodeMixed';

/** Bytes of a leading BOM that decodeBytes drops for this encoding (0 when there is none). */
function bomLength(b: Uint8Array, encoding: TextEncodingName): number {
	const utf8Bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
	if ((encoding === 'utf-8' || encoding === 'gb18030' || encoding === 'utf-8+gb18030') && utf8Bom)
		return 3;
	if (encoding === 'utf-16le' && b[0] === 0xff && b[1] === 0xfe) return 2;
	if (encoding === 'utf-16be' && b[0] === 0xfe && b[1] === 0xff) return 2;
	return 0;
}

export class ChunkDecoder {
	/** NUL characters removed so far. */
	nulRemoved = 0;
	/** U+FFFD characters in the text so far (bytes the encoding could not read). */
	replaced = 0;
	private decoder: TextDecoder | LineWiseDecoder;
	/** The first bytes, held until there are enough to tell whether they are a BOM. */
	private head: Uint8Array | null = new Uint8Array(0);

	constructor(private encoding: TextEncodingName) {
		this.decoder =
			encoding === 'utf-8+gb18030'
				? new LineWiseDecoder()
				: new TextDecoder(encoding, { ignoreBOM: true });
	}

	decode(bytes: Uint8Array): string {
		if (this.head === null) return this.clean(this.decoder.decode(bytes, { stream: true }));
		const joined = new Uint8Array(this.head.length + bytes.length);
		joined.set(this.head);
		joined.set(bytes, this.head.length);
		if (joined.length < 3) {
			this.head = joined;
			return '';
		}
		this.head = null;
		const body = joined.subarray(bomLength(joined, this.encoding));
		return this.clean(this.decoder.decode(body, { stream: true }));
	}

	/** The characters still held (a cut-off sequence becomes U+FFFD, as in a whole decode). */
	end(): string {
		let text = '';
		if (this.head !== null) {
			const h = this.head;
			this.head = null;
			text = this.decoder.decode(h.subarray(bomLength(h, this.encoding)), { stream: true });
		}
		return this.clean(text + this.decoder.decode());
	}

	private clean(text: string): string {
		if (text.includes('\u0000')) {
			const before = text.length;
			text = text.replaceAll('\u0000', '');
			this.nulRemoved += before - text.length;
		}
		if (text.includes('\ufffd')) for (const ch of text) if (ch === '\ufffd') this.replaced++;
		return text;
	}
}

/**
 * 'utf-8+gb18030' a chunk at a time: whole lines are decoded (each in its own encoding, see
 * decodeMixed); the bytes after the last line break wait for the next chunk.
 */
class LineWiseDecoder {
	private pending = new Uint8Array(0);

	decode(bytes?: Uint8Array, options?: { stream?: boolean }): string {
		const all = new Uint8Array(this.pending.length + (bytes?.length ?? 0));
		all.set(this.pending);
		if (bytes) all.set(bytes, this.pending.length);
		if (!options?.stream) {
			this.pending = new Uint8Array(0);
			return decodeMixed(all);
		}
		let cut = all.length;
		while (cut > 0 && all[cut - 1] !== 0x0a && all[cut - 1] !== 0x0d) cut--;
		// A CR at the very end may be the first half of a CRLF: keep it with what follows.
		if (cut > 0 && cut === all.length && all[cut - 1] === 0x0d) cut--;
		this.pending = all.slice(cut);
		return decodeMixed(all.subarray(0, cut));
	}
}
