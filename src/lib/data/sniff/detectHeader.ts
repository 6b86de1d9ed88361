// Decides whether the first row is a header: a known column name, or text above columns whose
// values below are numbers or dates.
import { roleFromHeader } from '../map/headerSynonyms';
import { parseNumber } from '../values/parseNumber';
import { DATE_FORMATS, parseDate } from '../values/parseDate';

function isValueLike(s: string): boolean {
	const t = s.trim();
	if (t === '') return false;
	if (!Number.isNaN(parseNumber(t)) || !Number.isNaN(parseNumber(t, ','))) return true;
	return DATE_FORMATS.some((f) => f !== 'excel' && !Number.isNaN(parseDate(t, f)));
}

export function detectHeader(rows: string[][]): boolean {
	if (rows.length === 0) return false;
	const first = rows[0];
	if (first.some((c) => roleFromHeader(c) !== null)) return true;
	if (first.every((c) => isValueLike(c))) return false;
	const body = rows.slice(1, 30);
	if (body.length === 0) return first.some((c) => !isValueLike(c));
	// A header cell is text where the column below holds values.
	let votes = 0;
	first.forEach((cell, j) => {
		const below = body.map((r) => r[j] ?? '').filter((v) => v.trim() !== '');
		const valueShare = below.length ? below.filter(isValueLike).length / below.length : 0;
		if (!isValueLike(cell) && valueShare > 0.8) votes++;
	});
	if (votes > 0) return true;
	// All-text tables: a header's cells are distinct and not repeated in the first rows below.
	const repeated = first.filter((c, j) => body.some((r) => r[j] === c)).length;
	return (
		new Set(first).size === first.length && repeated === 0 && first.every((c) => c.trim() !== '')
	);
}
