// The compact column encoding (format version 2): how one stored column becomes bytes before
// gzip, and back. Whatever cannot be packed exactly stays in the raw form of version 1, so
// every column round-trips bit for bit (NaN aside, which has one meaning here: missing).
//   dict codes   varints of the codes (plain or delta; −1, missing, zigzags to 1)
//   dict labels  UTF-8 joined by NUL ('text'), or — when every label is one prefix and a number
//                of at least `width` digits ("C00017", "O000001", "2024") — the numbers as
//                varints ('numbered'): prefix and width in the header, re-checked label by label
//   days         varints (plain or delta: sorted dates are runs of 0 and 1)
//   numbers      whole multiples of 1/scale (scale 1, 10, 100, 1000 or 10000: money in cents)
//                as varints, else the raw Float64 bytes ('f64')
import { packable, packInts, type IntPack } from './intPack';
import type { StoredColumn } from '../validate/types';

export const SCALES = [1, 10, 100, 1000, 10000] as const;
/** A longer prefix is stored as text: it bounds what a small payload can expand to. */
export const MAX_PREFIX = 64;
/** Digits of a numbered label: 15 keep every number exact in a double. */
export const MAX_WIDTH = 15;

export type LabelPack = 'text' | { prefix: string; width: number; ints: IntPack };
export type ColumnPack =
	| { type: 'dict'; codes: IntPack | 'i32'; labels: LabelPack }
	| { type: 'day'; values: IntPack | 'i32' }
	| { type: 'number'; values: 'f64' | { scale: number; ints: IntPack } };

export interface PackedColumn {
	pack: ColumnPack;
	/** dict: [codes, labels]; day and number: [values]. */
	parts: Uint8Array[];
}

/** A typed array's own bytes (not the rest of a shared buffer). */
export function bytesOf(a: Int32Array | Float64Array): Uint8Array {
	return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** The longest prefix ending in a non-digit, then the last run of digits. */
const NUMBERED = /^(.*\D)?(\d+)$/s;

/** The labels as prefix + number, when every one of them is exactly that; else null. */
export function numberedLabels(
	labels: string[]
): { prefix: string; width: number; numbers: Float64Array } | null {
	if (labels.length === 0) return null;
	const first = NUMBERED.exec(labels[0]);
	if (!first) return null;
	const prefix = first[1] ?? '';
	if (prefix.length > MAX_PREFIX) return null;
	let width = Infinity;
	const numbers = new Float64Array(labels.length);
	for (let i = 0; i < labels.length; i++) {
		const l = labels[i];
		if (!l.startsWith(prefix)) return null;
		const digits = l.slice(prefix.length);
		if (digits.length === 0 || digits.length > MAX_WIDTH || !/^\d+$/.test(digits)) return null;
		width = Math.min(width, digits.length);
		numbers[i] = Number(digits);
	}
	// "7" and "007" cannot share a width: checking every label again settles it.
	for (let i = 0; i < labels.length; i++)
		if (numberedLabel(prefix, width, numbers[i]) !== labels[i]) return null;
	return { prefix, width, numbers };
}

export function numberedLabel(prefix: string, width: number, n: number): string {
	return prefix + String(n).padStart(width, '0');
}

/** The smallest scale that makes every value a whole number exactly, or null. */
export function scaleOf(values: Float64Array): number | null {
	for (const scale of SCALES) {
		let ok = true;
		for (let i = 0; i < values.length && ok; i++) {
			const v = values[i];
			if (v !== v) continue;
			const n = Math.round(v * scale);
			ok = Number.isFinite(n) && !Object.is(v, -0) && n / scale === v;
		}
		if (ok) return scale;
	}
	return null;
}

export function packColumn(c: StoredColumn): PackedColumn {
	if (c.type === 'dict') {
		const codes = packInts(c.codes);
		const numbered = numberedLabels(c.labels);
		if (numbered) {
			const ints = packInts(numbered.numbers);
			const { prefix, width } = numbered;
			return {
				pack: { type: 'dict', codes: codes.pack, labels: { prefix, width, ints: ints.pack } },
				parts: [codes.bytes, ints.bytes]
			};
		}
		const text = new TextEncoder().encode(c.labels.join('\u0000'));
		return {
			pack: { type: 'dict', codes: codes.pack, labels: 'text' },
			parts: [codes.bytes, text]
		};
	}
	if (c.type === 'day') {
		const { pack, bytes } = packInts(c.values);
		return { pack: { type: 'day', values: pack }, parts: [bytes] };
	}
	const scale = scaleOf(c.values);
	if (scale !== null) {
		const scaled = c.values.map((v) => Math.round(v * scale));
		if (packable(scaled)) {
			const { pack, bytes } = packInts(scaled);
			return { pack: { type: 'number', values: { scale, ints: pack } }, parts: [bytes] };
		}
	}
	return { pack: { type: 'number', values: 'f64' }, parts: [bytesOf(c.values)] };
}
