// A file validated as two parts — the import worker hands the second to a helper worker, so
// both cores parse — and joined into exactly what importBytes gives for the whole file.
// importInParts runs the same steps one after the other (Node, tests).
import type { Mapping } from '../map/types';
import { completeDataset, type PartialDataset } from '../validate/DatasetBuilder';
import { mergePartials } from '../validate/mergePartials';
import type { ParsedDataset } from '../validate/types';
import { importBytes, importPartBytes } from './importBytes';
import { splitForParts, type FileCut } from './splitForParts';
import { expectedRows } from './expectedRows';
import { SAMPLE_BYTES } from './previewFile';

/** Below this a second worker costs more (its start, the copy, the merge) than it saves. */
export const PARTS_MIN_BYTES = 4 * 1024 * 1024;

/** The second part has no header: its first line is a data row. */
export function secondPartMapping(mapping: Mapping): Mapping {
	return { ...mapping, hasHeader: false };
}

export function joinParts(
	mapping: Mapping,
	first: PartialDataset,
	second: PartialDataset,
	cut: FileCut
): ParsedDataset {
	return completeDataset(mapping, mergePartials(first, second, first.records ?? cut.records));
}

/**
 * Rows each part is expected to give, from the file's head: the first part's columns are sized
 * for the whole file, so the join writes the second part into their buffers (mergePartials'
 * `extended`) instead of copying both into new ones, and neither part's columns are copied to
 * their length when they end (issue 22: the join was a fifth of validating 1M rows).
 */
export function partCapacities(bytes: Uint8Array, cut: FileCut): { first: number; second: number } {
	const head = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
	return {
		first: expectedRows(head, 0, bytes.length),
		second: expectedRows(head, cut.at, bytes.length)
	};
}

export function importInParts(
	bytes: Uint8Array,
	mapping: Mapping,
	today: number,
	minBytes = PARTS_MIN_BYTES
): ParsedDataset {
	const cut = splitForParts(bytes, mapping, minBytes);
	if (!cut) return importBytes(bytes, mapping, today);
	const caps = partCapacities(bytes, cut);
	const first = importPartBytes(bytes.subarray(0, cut.at), mapping, today, undefined, caps.first);
	const second = importPartBytes(
		bytes.subarray(cut.at),
		secondPartMapping(mapping),
		today,
		undefined,
		caps.second
	);
	return joinParts(mapping, first, second, cut);
}
