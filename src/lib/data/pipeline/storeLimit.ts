// What limits a file in a tab (issue 22): not its bytes — a file is read in slices — but the
// columns it becomes, which the tab holds (the import worker builds them and hands them to the
// engine; IndexedDB gets a packed copy). The store is estimated before any row is read: the
// file's rows from the bytes per line of its head, times the store bytes per row the head made.

/**
 * Column bytes a tab may hold (storedBytes' measure: codes, numbers, labels at two bytes a
 * character). The benchmark's 20-million-row file makes about 770 MB of it, estimated at
 * 1.1 GB from its head (a head has few repeat customers, so it over-counts labels: the estimate
 * errs towards refusing), and peaks at 1.96 GiB of renderer memory since the columns are handed
 * over rather than copied (2.82 GiB before): about 0.3 GiB of page and workers plus 2.3 bytes
 * per byte of store. A file whose store really is at this limit would peak near
 * 0.3 + 2.3 × 1.25 ≈ 3.2 GiB — the old 1.5 GiB allowed about 5.6 GiB at the old 3.5 bytes per
 * byte — while the 20M-row file keeps a fifth of margin under it.
 */
export const MAX_STORE_BYTES = 1.25 * 1024 ** 3;

export interface StoreEstimate {
	/** Rows the file is likely to hold. */
	rows: number;
	/** Column bytes those rows are likely to make. */
	bytes: number;
}

export interface HeadMeasure {
	/** Bytes of the head read (whole lines). */
	bytes: number;
	/** Data rows read in it (accepted or not; the header is not one). */
	records: number;
	/** Rows it gave and the column bytes they made. */
	rows: number;
	storeBytes: number;
}

/** The file's rows and store from its head; a head that is the whole file is exact. */
export function estimateStore(fileBytes: number, head: HeadMeasure): StoreEstimate {
	if (head.bytes <= 0 || head.records <= 0) return { rows: 0, bytes: 0 };
	const scale = fileBytes / head.bytes;
	const rows = Math.round(head.records * scale);
	const perRow = head.rows > 0 ? head.storeBytes / head.rows : 0;
	return { rows, bytes: Math.round(rows * perRow) };
}

/**
 * Whether to estimate at all: a file cannot make a store much larger than itself (a one-letter
 * cell becomes a 4-byte code and a label at most), so only files past a fraction of the limit
 * are measured.
 */
export function worthEstimating(fileBytes: number, limit: number): boolean {
	return fileBytes * 8 > limit;
}
