// CSV export that is safe to open in Excel, WPS or LibreOffice: a cell that starts with
// = + - @ tab or CR would run as a formula, so it gets a leading apostrophe (OWASP advice).
// Plain negative numbers stay numbers.

const FORMULA_START = /^[=+\-@\t\r]/;

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
