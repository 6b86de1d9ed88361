// Spreadsheet text guards: exports write ids and numbers as ="3500000000000000000" or with a
// leading apostrophe so that Excel keeps every digit instead of rounding to 3.5E+18. The
// value is what is inside; long digit strings stay text (ids are never read as numbers).

/** The cell's value without an ="…" wrapper or leading apostrophe; `guarded` when one was removed. */
export function unwrapCell(text: string): { value: string; guarded: boolean } {
	const t = text.trim();
	if (t.length >= 3 && t.charCodeAt(0) === 61 /* = */ && t.charCodeAt(1) === 34 /* " */) {
		if (t.endsWith('"')) return { value: t.slice(2, -1).replace(/""/g, '"').trim(), guarded: true };
	}
	if (t.length >= 2 && (t.charCodeAt(0) === 39 /* ' */ || t.charCodeAt(0) === 0x2019))
		return { value: t.slice(1).trim(), guarded: true };
	// A tab in front is the other trick (Excel shows it as text); cleanCell trims it anyway.
	return { value: t, guarded: false };
}
