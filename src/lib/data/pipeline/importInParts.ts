// A file validated as two parts — the import worker hands the second to a helper worker, so
// both cores parse — and joined into exactly what importBytes gives for the whole file.
// importInParts runs the same steps one after the other (Node, tests).
import type { Mapping } from '../map/types';
import { completeDataset, type PartialDataset } from '../validate/DatasetBuilder';
import { mergePartials } from '../validate/mergePartials';
import type { ParsedDataset } from '../validate/types';
import { importBytes, importPartBytes } from './importBytes';
import { splitForParts, type FileCut } from './splitForParts';

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

export function importInParts(
	bytes: Uint8Array,
	mapping: Mapping,
	today: number,
	minBytes = PARTS_MIN_BYTES
): ParsedDataset {
	const cut = splitForParts(bytes, mapping, minBytes);
	if (!cut) return importBytes(bytes, mapping, today);
	const first = importPartBytes(bytes.subarray(0, cut.at), mapping, today);
	const second = importPartBytes(bytes.subarray(cut.at), secondPartMapping(mapping), today);
	return joinParts(mapping, first, second, cut);
}
