// The time-zone offset written after a timestamp's time of day ("2024-03-05 14:22:11 +0800",
// "…T14:22:11Z"), or null. The day is read as written — the shop's local day — so the offset is
// only reported; a time is required so that a date's "-2024" is never taken for one.
const OFFSET = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/;

export function dateOffset(text: string): string | null {
	const m = OFFSET.exec(text.trim());
	return m ? m[1] : null;
}
