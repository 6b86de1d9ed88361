// The Satisfaction page's chart tables as exported CSV: every number at most 3 decimals (an
// α of 0.91, a mean answer of 7.00, an NPS of 12.1 read the same; the doubles' 12 decimals were
// float noise in the file). Counts are integers and stay so.
import type { ColumnDigits } from '$lib/data/export/roundCells';

export function csvDigits<T extends { header: string[] }>(
	table: T | null
): (T & { digits: ColumnDigits }) | null {
	return table && { ...table, digits: table.header.map(() => 3) };
}
