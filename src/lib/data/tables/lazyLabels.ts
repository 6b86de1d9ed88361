// Dictionary columns whose labels stay packed (NUL-joined) until something reads them as
// strings. Most consumers only count codes or pass the labels on packed (to the engine, to
// another part of the file), so a million order ids never become a million strings there.
import type { Dictionary } from '../validate/Dictionary';
import type { StoredColumn } from '../validate/types';

type DictColumn = Extract<StoredColumn, { type: 'dict' }>;

interface PackedSource {
	count(): number;
	packed(): string;
	/** The packed labels as UTF-8 (NUL-joined), when the source holds them so. */
	bytes?(): Uint8Array;
	/** Frees what only looking values up needed (Dictionary.releaseLookups). */
	release?(): void;
}

const sources = new WeakMap<object, PackedSource>();

/** A column over a dictionary's codes; its labels decode on first read. */
export function dictColumnOf(codes: Int32Array, dict: Dictionary): DictColumn {
	const column: DictColumn = {
		type: 'dict',
		codes,
		get labels() {
			return dict.labels;
		}
	};
	sources.set(column, {
		count: () => dict.size,
		packed: () => dict.packed(),
		bytes: () => dict.packedBytes(),
		release: () => dict.releaseLookups()
	});
	return column;
}

/** A column whose labels arrived NUL-joined; split on first read. */
export function dictColumnFromPacked(codes: Int32Array, packed: string): DictColumn {
	let labels: string[] | null = null;
	const column: DictColumn = {
		type: 'dict',
		codes,
		get labels() {
			return (labels ??= packed === '' ? [] : packed.split('\u0000'));
		}
	};
	sources.set(column, {
		count: () => {
			if (labels) return labels.length;
			if (packed === '') return 0;
			let n = 1;
			for (let i = packed.indexOf('\u0000'); i !== -1; i = packed.indexOf('\u0000', i + 1)) n++;
			return n;
		},
		packed: () => packed
	});
	return column;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * A column whose `count` labels arrived as UTF-8, NUL-joined (packColumns: transferred, not
 * copied); decoded to one string, then split, only when something reads them.
 */
export function dictColumnFromBytes(
	codes: Int32Array,
	bytes: Uint8Array,
	count: number
): DictColumn {
	let packed: string | null = null;
	let labels: string[] | null = null;
	const text = () => (packed ??= decoder.decode(bytes));
	const column: DictColumn = {
		type: 'dict',
		codes,
		get labels() {
			return (labels ??= count === 0 ? [] : text().split('\u0000'));
		}
	};
	sources.set(column, { count: () => count, packed: text, bytes: () => bytes });
	return column;
}

/** The labels' UTF-8 joined with NUL: the dictionary's own bytes when it keeps them so. */
export function labelBytes(column: DictColumn): Uint8Array {
	return sources.get(column)?.bytes?.() ?? encoder.encode(packedLabels(column));
}

/**
 * packedLabels(column).length — UTF-16 units, NULs included — counted on the UTF-8 bytes when
 * the column keeps them, so measuring a million labels does not decode them into a string.
 */
export function packedLength(column: DictColumn): number {
	const bytes = sources.get(column)?.bytes?.();
	if (!bytes) return packedLabels(column).length;
	// Valid UTF-8 (the dictionary wrote it from strings or ASCII): one unit per character,
	// two for a four-byte one; continuation bytes (10xxxxxx) add nothing.
	let units = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
	}
	return units;
}

/** The number of labels, without decoding them when the column is packed. */
export function labelCount(column: DictColumn): number {
	return sources.get(column)?.count() ?? column.labels.length;
}

/** The labels joined with NUL (labels never hold NUL: cleanCell removes it). */
export function packedLabels(column: DictColumn): string {
	return sources.get(column)?.packed() ?? column.labels.join('\u0000');
}

/** The column's dictionary will code no more values: its lookup tables can go. */
export function releaseLookups(column: DictColumn): void {
	sources.get(column)?.release?.();
}
