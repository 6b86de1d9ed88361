// CSV export that is safe to open in Excel, WPS or LibreOffice: a cell that starts with
// = + - @ tab or CR would run as a formula, so it gets a leading apostrophe (OWASP advice).
// Spreadsheets skip leading spaces of many kinds (U+00A0, U+3000, …), invisible characters
// (zero-width space, BOM, direction marks) and double quote marks before they look for a formula,
// so the trigger is looked for after any run of those; the full-width ＝＋－＠ that Chinese
// input methods type count as triggers too. Plain negative numbers stay numbers.

/**
 * A trigger after any run of what spreadsheets skip: whitespace (\s covers U+00A0, U+3000,
 * U+FEFF, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+1680, tab, CR, LF), zero-width and
 * direction characters, and straight, curly and full-width double quote marks (not the
 * apostrophe: it is the neutraliser, so `'=1` is already safe). Anchored at the start, so a
 * long run of spaces is scanned once.
 */
const FORMULA_START =
	/^[\s\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069"“”＂]*[=+\-@＝＋－＠\t\r]/u;

export function neutralizeCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const s = String(value);
	if (FORMULA_START.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) return `'${s}`;
	return s;
}

function quote(s: string): string {
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text (UTF-8 with BOM so Excel reads Chinese correctly). */
export function toCsv(header: string[], rows: unknown[][]): string {
	const lines = [header.map((h) => quote(neutralizeCell(h))).join(',')];
	for (const r of rows) lines.push(r.map((v) => quote(neutralizeCell(v))).join(','));
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}
