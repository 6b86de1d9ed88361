// How many rows a stretch of a file will give, guessed from its head: columns are sized once to
// this instead of doubling as they fill (issue 22).

/**
 * Rows expected in bytes [from, to), from the lines of the file's head, with 3 % to spare: the
 * columns are sized once to this (issue 22). Doubling them as they filled held up to twice a
 * column, then copied each to its length — at the end of validation, the import's memory peak.
 * Too few, and a column grows as before; room never written costs no memory.
 */
export function expectedRows(head: Uint8Array, from: number, to: number): number {
	let lines = 0;
	for (let i = head.indexOf(0x0a); i !== -1; i = head.indexOf(0x0a, i + 1)) lines++;
	const perRow = head.length / Math.max(1, lines);
	return Math.ceil(((to - from) / perRow) * 1.03) + 1024;
}
