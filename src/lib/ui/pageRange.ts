// Where a pager stands: the rows shown (1-based, inclusive) and the offsets of the pages before
// and after, or null at either end. Offsets are row offsets, as the paged analyses take them.
export interface PageRange {
	from: number;
	to: number;
	prev: number | null;
	next: number | null;
}

export function pageRange(offset: number, size: number, total: number): PageRange {
	return {
		from: total > 0 ? offset + 1 : 0,
		to: Math.min(total, offset + size),
		// Back one page, never before the first row (an offset left over from a longer list).
		prev: offset > 0 ? Math.max(0, offset - size) : null,
		next: offset + size < total ? offset + size : null
	};
}
