// RFC 4180 CSV text: fields with a comma, quote or line break are quoted, quotes doubled.

export function formatCsv(rows: readonly (readonly string[])[], eol = '\n'): string {
	const field = (value: string) =>
		/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
	return rows.map((row) => row.map(field).join(',')).join(eol) + eol;
}
