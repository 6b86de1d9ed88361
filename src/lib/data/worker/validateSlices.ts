// The import worker's validation of a large file read in slices (issue 22): the tab never holds
// the file's bytes, only a window of them, so the limit is the columns the file makes. Two
// cores still share the work: a helper worker reads the second half of the file itself (a Blob
// is handed over, not bytes) while this worker reads the first; if either half finds what the
// byte road cannot read (a quote, mixed line breaks), the whole file takes the text road.
import type { Mapping } from '../map/types';
import { checkMapping, importPartBytes } from '../pipeline/importBytes';
import { joinParts, PARTS_MIN_BYTES, secondPartMapping } from '../pipeline/importInParts';
import { readBytePart, readTextSlices } from '../pipeline/importSlices';
import { SAMPLE_BYTES } from '../pipeline/previewFile';
import { expectedRows } from '../pipeline/expectedRows';
import { FileProblemError } from '../pipeline/problems';
import { estimateStore, MAX_STORE_BYTES, worthEstimating } from '../pipeline/storeLimit';
import { blobSource, type ByteSource } from '../stream/linePieces';
import { unpackLabels } from '../tables/packLabels';
import { completeDataset, type PartialDataset } from '../validate/DatasetBuilder';
import { ByteRowReader } from '../validate/readByteRows';
import type { ParsedDataset } from '../validate/types';
import { storedBytes } from '../db/datasetStore';
import type { PartFileRequest, PartResponse } from './protocol';

/**
 * Files from this size on are read in slices. Smaller ones are read whole while the user looks
 * at the mapping (the read is then done when they confirm), which costs little memory.
 */
export const SLICED_FROM_BYTES = 64 * 1024 * 1024;

// Where it lived first (tests and scripts import it from here).
export { expectedRows };

type Progress = (part: 0 | 1, p: { rows: number; fraction: number }) => void;

/**
 * Refuses, before any row is read, a file whose columns would exceed `limit`: its head is
 * imported under the confirmed mapping and scaled to the file (pipeline/storeLimit).
 */
export async function checkStore(
	file: Blob,
	mapping: Mapping,
	today: number,
	limit = MAX_STORE_BYTES
): Promise<void> {
	if (!worthEstimating(file.size, limit) || mapping.layout) return;
	checkMapping(mapping);
	let head = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
	if (file.size > head.length) {
		const lf = head.lastIndexOf(0x0a);
		if (lf < 0) return; // one long line: the import says what it is
		head = head.subarray(0, lf + 1);
	}
	const part = importPartBytes(head, mapping, today);
	const estimate = estimateStore(file.size, {
		bytes: head.length,
		records: part.report.rowsRead,
		rows: part.report.accepted,
		storeBytes: storedBytes(completeDataset(mapping, part))
	});
	if (estimate.bytes > limit)
		throw new FileProblemError({
			code: 'store_too_large',
			bytes: file.size,
			rows: estimate.rows,
			store: estimate.bytes,
			limit
		});
}

/** Where the second half starts: just after the first line feed past the middle (or null). */
async function findCut(src: ByteSource): Promise<number | null> {
	const mid = Math.floor(src.size / 2);
	const look = await src.read(mid, Math.min(src.size, mid + 1024 * 1024));
	const lf = look.indexOf(0x0a);
	if (lf < 0 || mid + lf + 1 >= src.size) return null;
	return mid + lf + 1;
}

/** The helper's half: its rows, or null when it met what only the text road reads. */
function helperPart(
	helper: Worker,
	request: PartFileRequest,
	onProgress: (p: { rows: number; fraction: number }) => void
): { result: Promise<PartialDataset | null>; ms: () => number } {
	let ms = 0;
	const result = new Promise<PartialDataset | null>((resolve, reject) => {
		helper.onmessage = (e: MessageEvent<PartResponse>) => {
			const msg = e.data;
			if (msg.type === 'ready' || msg.type === 'started') return;
			if (msg.type === 'progress') return onProgress(msg);
			helper.terminate();
			if (msg.type === 'error') return reject(new Error(msg.message));
			if (msg.type === 'textPath') return resolve(null);
			const { columns } = unpackLabels({ rows: 0, fields: msg.part.fields, columns: msg.columns });
			ms = msg.ms;
			resolve({ ...msg.part, columns });
		};
		helper.onerror = (e) => {
			helper.terminate();
			reject(new Error(e.message || 'part worker failed'));
		};
	});
	helper.postMessage(request);
	return { result, ms: () => ms };
}

/**
 * Validates `file` in slices. `takeHelper` gives a running helper worker when two halves are
 * worth it (it is then used up); `progress(count)` makes the progress poster for one or two parts.
 */
export async function validateSliced(
	file: Blob,
	mapping: Mapping,
	today: number,
	takeHelper: () => Promise<Worker>,
	progressFor: (count: 1 | 2) => Progress
): Promise<{ parsed: ParsedDataset; timings: Record<string, number> }> {
	checkMapping(mapping);
	const src = blobSource(file);
	const t0 = performance.now();
	// Phase names, not user text; a null prototype all the same (userKeyedRecords).
	const timings: Record<string, number> = Object.create(null);
	const byteRoad = ByteRowReader.open(mapping, today, { total: 0 }) !== null;
	const cut = byteRoad && file.size >= PARTS_MIN_BYTES ? await findCut(src) : null;
	let part: PartialDataset | null = null;
	let parsed: ParsedDataset | null = null;
	if (cut !== null) {
		const progress = progressFor(2);
		const helper = await takeHelper();
		const head = await src.read(0, Math.min(file.size, SAMPLE_BYTES));
		const second = helperPart(
			helper,
			{
				file,
				from: cut,
				to: file.size,
				mapping: secondPartMapping(mapping),
				today,
				capacity: expectedRows(head, cut, file.size)
			},
			(p) => progress(1, p)
		);
		const t1 = performance.now();
		// Sized for the whole file: the second half is joined into these columns' own buffers.
		const first = await readBytePart(src, mapping, today, {
			to: cut,
			onProgress: (p) => progress(0, p),
			capacity: expectedRows(head, 0, file.size)
		});
		const t2 = performance.now();
		if (first === null) helper.terminate();
		const rest = first === null ? null : await second.result;
		const t3 = performance.now();
		if (first && rest)
			parsed = joinParts(mapping, first, rest, { at: cut, records: first.records! });
		Object.assign(timings, {
			firstPart: t2 - t1,
			secondPart: second.ms(),
			waitForSecond: t3 - t2,
			join: performance.now() - t3
		});
	} else if (byteRoad) {
		const progress = progressFor(1);
		part = await readBytePart(src, mapping, today, { onProgress: (p) => progress(0, p) });
	}
	if (!parsed && !part) {
		const t = performance.now();
		const progress = progressFor(1);
		part = await readTextSlices(src, mapping, today, { onProgress: (p) => progress(0, p) });
		timings.textRoad = performance.now() - t;
	}
	parsed ??= completeDataset(mapping, part!);
	timings.sliced = performance.now() - t0;
	return { parsed, timings };
}
