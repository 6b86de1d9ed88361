// Unsigned LEB128 varints over JavaScript numbers (safe integers, not 32-bit: cents and day
// deltas pass 2^31), and zigzag to give small negative numbers small codes. Used by the compact
// column encoding of workspace files and share links (columnPack.ts).
import { WorkspaceFileProblem } from './WorkspaceFileProblem';

/** 2^53 needs 8 bytes of 7 bits: a ninth byte can only be damage. */
const MAX_VARINT_BYTES = 8;

/** 0, -1, 1, -2, 2 … → 0, 1, 2, 3, 4 … (arithmetic, so beyond 32 bits). */
export function zigzag(n: number): number {
	return n >= 0 ? n * 2 : -n * 2 - 1;
}

export function unzigzag(z: number): number {
	return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
}

/** How many bytes `n` (a safe integer ≥ 0) takes. */
export function varintSize(n: number): number {
	let size = 1;
	while (n >= 128) {
		n = Math.floor(n / 128);
		size++;
	}
	return size;
}

/** Writes varints into one buffer of a size counted beforehand (no growing, no copies). */
export class VarintWriter {
	readonly bytes: Uint8Array;
	at = 0;
	constructor(size: number) {
		this.bytes = new Uint8Array(size);
	}
	write(n: number): void {
		while (n >= 128) {
			this.bytes[this.at++] = n % 128 | 128;
			n = Math.floor(n / 128);
		}
		this.bytes[this.at++] = n;
	}
}

/**
 * Reads varints. A cut or overlong number is 'invalid_content' naming `path`: the slice has
 * passed its checksum, so what is wrong is what was written, not the transfer.
 */
export class VarintReader {
	at = 0;
	constructor(
		private bytes: Uint8Array,
		private path: string
	) {}
	get done(): boolean {
		return this.at >= this.bytes.length;
	}
	/** Values read so far. */
	count = 0;
	read(): number {
		let n = 0;
		let scale = 1;
		for (let i = 0; i < MAX_VARINT_BYTES; i++) {
			if (this.at >= this.bytes.length) this.fail(`length: ends inside value ${this.count}`);
			const b = this.bytes[this.at++];
			n += (b & 127) * scale;
			if (b < 128) {
				if (!Number.isSafeInteger(n)) this.fail(`value ${this.count} too large`);
				this.count++;
				return n;
			}
			scale *= 128;
		}
		return this.fail(`value ${this.count} too long`);
	}
	fail(why: string): never {
		throw new WorkspaceFileProblem('invalid_content', { detail: `${this.path}: ${why}` });
	}
}
