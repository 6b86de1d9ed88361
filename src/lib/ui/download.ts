/** Saves text or a blob as a file via a temporary object URL (nothing leaves the browser). */
export function download(name: string, data: string | Blob, type = 'text/csv;charset=utf-8'): void {
	const text = typeof data === 'string' && type.startsWith('text/csv') ? withCsvNote(data) : data;
	const blob = typeof text === 'string' ? new Blob([text], { type }) : text;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A line naming what the data were narrowed to (the workspace filter), or null. */
let csvNote: string | null = null;

/** Set by the filter bar while a filtered page is open: CSV exports start with it. */
export function setCsvNote(note: string | null): void {
	csvNote = note;
}

/**
 * CSV text with the note as a first `#` comment line, when there is one: after the BOM (Excel
 * still reads the encoding), in the file's own line ending.
 */
export function withCsvNote(csv: string): string {
	if (!csvNote) return csv;
	const bom = csv.startsWith('\ufeff') ? '\ufeff' : '';
	const eol = csv.includes('\r\n') ? '\r\n' : '\n';
	return `${bom}# ${csvNote.replace(/[\r\n]+/g, ' ')}${eol}${csv.slice(bom.length)}`;
}
