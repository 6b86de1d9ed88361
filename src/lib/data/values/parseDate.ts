// Date parsing for the formats real exports use. Each format is a pure string → day-number
// function; the column's format is decided once from samples (detectDateFormat), so a value
// like 03/04/2024 is read the same way in every row.
import { dayFromYMD, isValidYMD } from '../../analytics/dates';

export type DateFormat = 'ymd' | 'ymd8' | 'dmy' | 'mdy' | 'zh' | 'excel';

export const DATE_FORMATS: DateFormat[] = ['ymd', 'ymd8', 'zh', 'dmy', 'mdy', 'excel'];

/** Day number from year, month, day when they form a real date; NaN otherwise. */
export function validDay(y: number, m: number, d: number): number {
	// Years before 100 are typos or two-digit years that slipped through; 0000-00-00 is a null.
	if (!(y >= 100 && y <= 9999) || !isValidYMD(y, m, d)) return NaN;
	return dayFromYMD(y, m, d);
}

/** "YYYY-MM-DD" read from char codes: the common case, far faster than a regex. */
function isoFast(s: string): number {
	if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
	let y = 0;
	for (let i = 0; i < 4; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		y = y * 10 + c;
	}
	const m1 = s.charCodeAt(5) - 48;
	const m2 = s.charCodeAt(6) - 48;
	const d1 = s.charCodeAt(8) - 48;
	const d2 = s.charCodeAt(9) - 48;
	if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
	return validDay(y, m1 * 10 + m2, d1 * 10 + d2);
}

function year2(y: string): number {
	const n = Number(y);
	// Two-digit years pivot at 50: 49 → 2049, 50 → 1950 (what spreadsheets do).
	return y.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

// Time of day, if any, is allowed after the date and ignored: analytics work in whole days.
const TIME = String.raw`(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const YMD8 = /^(\d{4})(\d{2})(\d{2})$/;
const XY = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
// `(?:\s*[日号])?`, not `\s*[日号]?`: spaces before TIME's `[ T]+` must have one reading, or a
// long run of spaces backtracks quadratically (hostile corpus).
const ZH = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?:\s*[日号])?${TIME}$`);
/** No date in any format is longer; longer text is rejected before any regex runs. */
const MAX_DATE_CHARS = 64;

export function parseDate(raw: string, format: DateFormat): number {
	if (format === 'ymd') {
		const fast = isoFast(raw);
		if (fast !== -1) return fast;
	}
	const s = raw.trim();
	if (s === '' || s.length > MAX_DATE_CHARS) return NaN;
	let m: RegExpExecArray | null;
	switch (format) {
		case 'ymd':
			m = YMD.exec(s);
			return m ? validDay(+m[1], +m[2], +m[3]) : NaN;
		case 'ymd8':
			m = YMD8.exec(s);
			return m ? validDay(+m[1], +m[2], +m[3]) : NaN;
		case 'zh':
			m = ZH.exec(s);
			return m ? validDay(+m[1], +m[2], +m[3]) : NaN;
		case 'dmy':
			m = XY.exec(s);
			return m ? validDay(year2(m[3]), +m[2], +m[1]) : NaN;
		case 'mdy':
			m = XY.exec(s);
			return m ? validDay(year2(m[3]), +m[1], +m[2]) : NaN;
		case 'excel': {
			if (!/^\d+(\.\d+)?$/.test(s)) return NaN;
			const serial = Math.floor(Number(s));
			// Excel's 1900 system counts a fictitious 1900-02-29, so serials from 61 on are off by one.
			if (serial < 61 || serial > 2958465) return NaN;
			return serial - 25569;
		}
	}
}

export interface DateFormatGuess {
	format: DateFormat | null;
	/** Share of non-empty samples the format parses. */
	coverage: number;
	/** Both day-first and month-first read every sample: the user should confirm. */
	ambiguous: boolean;
	alternatives: DateFormat[];
}

/**
 * Picks the format that reads the most samples. Day-first vs month-first is decided by a
 * value over 12 in one position; when no value decides it, day-first is chosen and flagged.
 * Excel serials are considered only when `allowSerial` (a date-named column), because plain
 * integers are more often amounts or ids.
 */
export function detectDateFormat(samples: string[], allowSerial = false): DateFormatGuess {
	const values = samples.map((s) => s.trim()).filter((s) => s !== '');
	if (values.length === 0) return { format: null, coverage: 0, ambiguous: false, alternatives: [] };
	const scores = DATE_FORMATS.filter((f) => f !== 'excel' || allowSerial).map((format) => {
		let ok = 0;
		for (const v of values) if (!Number.isNaN(parseDate(v, format))) ok++;
		return { format, coverage: ok / values.length };
	});
	const best = scores.reduce((a, b) => (b.coverage > a.coverage ? b : a));
	if (best.coverage < 0.5)
		return { format: null, coverage: best.coverage, ambiguous: false, alternatives: [] };
	const tied = scores.filter((s) => s.coverage === best.coverage).map((s) => s.format);
	const ambiguous = tied.includes('dmy') && tied.includes('mdy');
	const format = ambiguous ? 'dmy' : best.format;
	return {
		format,
		coverage: best.coverage,
		ambiguous,
		alternatives: tied.filter((f) => f !== format)
	};
}
