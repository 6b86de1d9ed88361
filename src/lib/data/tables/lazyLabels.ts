// Dictionary columns whose labels stay packed (NUL-joined) until something reads them as
// strings. Most consumers only count codes or pass the labels on packed (to the engine, to
// another part of the file), so a million order ids never become a million strings there.
import type { Dictionary } from '../validate/Dictionary';
import type { StoredColumn } from '../validate/types';

type DictColumn = Extract<StoredColumn, { type: 'dict' }>;

interface PackedSource {
	count(): number;
	packed(): string;
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
