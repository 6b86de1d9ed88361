// Parses numbers as spreadsheets and shop systems write them: currency symbols and codes,
// thousands separators, decimal comma, negatives as -1 or (1). Returns NaN when it is not a number.

export type DecimalMark = '.' | ',';

const CURRENCY =
	/^(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|US\$|HK\$|[¥￥$€£元]|人民币)+|(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|元|[¥￥$€£]|人民币)+$/giu;

const MAX_NUMBER_CHARS = 100;

/** Exact powers of ten (every one up to 1e22 is a double). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** A plain "-123.45" (the common case) is checked and read by char codes. */
function plainFast(s: string, decimal: DecimalMark): number {
	const n = s.length;
	if (n === 0 || n > 20) return NaN;
	const point = decimal === '.' ? 46 : 44;
	const negative = s.charCodeAt(0) === 45;
	let i = negative ? 1 : 0;
	let digits = 0;
	let points = 0;
	let mantissa = 0;
	let decimals = 0;
	for (; i < n; i++) {
		const c = s.charCodeAt(i);
		if (c >= 48 && c <= 57) {
			digits++;
			mantissa = mantissa * 10 + (c - 48);
			decimals += points;
		} else if (c === point && points === 0 && digits > 0 && i < n - 1) points++;
		else return NaN;
	}
	if (digits === 0) return NaN;
	// Up to 15 digits the mantissa is an exact integer and 10^decimals an exact double, so one
	// (correctly rounded) division gives the very double Number() would.
	if (digits <= 15) {
		const v = decimals ? mantissa / POW10[decimals] : mantissa;
		return negative ? -v : v;
	}
	return Number(decimal === '.' ? s : s.replace(',', '.'));
}

export function parseNumber(raw: string, decimal: DecimalMark = '.'): number {
	const fast = plainFast(raw, decimal);
	if (!Number.isNaN(fast)) return fast;
	let s = raw.trim();
	// No number as written in a spreadsheet is longer: bounds the regex work on hostile cells.
	if (s === '' || s.length > MAX_NUMBER_CHARS) return NaN;
	let negative = false;
	if (s.startsWith('(') && s.endsWith(')')) {
		negative = true;
		s = s.slice(1, -1).trim();
	}
	// A minus may stand before or after the currency symbol: -$5, $-5, -¥5.
	if (s.startsWith('-') || s.startsWith('−')) {
		negative = !negative;
		s = s.slice(1).trim();
	}
	s = s.replace(CURRENCY, '').trim();
	if (s.startsWith('-') || s.startsWith('−')) {
		negative = !negative;
		s = s.slice(1).trim();
	}
	if (s.startsWith('+')) s = s.slice(1);
	// Spaces and apostrophes are thousands separators in many locales.
	s = s.replace(/[\s\u00a0\u202f']/g, '');
	if (decimal === ',') {
		if (!/^\d{1,3}(?:\.\d{3})*(?:,\d*)?$|^\d+(?:,\d*)?$/.test(s)) return NaN;
		s = s.replace(/\./g, '').replace(',', '.');
	} else {
		// No nested or adjacent quantifiers over the same digits: `\d*\.?\d+` backtracked
		// quadratically, so one 10 MB cell of digits hung the import (hostile corpus).
		if (
			!/^\d{1,3}(?:,\d{3})*(?:\.\d*)?$|^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$|^\d+\.$/.test(s)
		)
			return NaN;
		s = s.replace(/,/g, '');
	}
	const n = Number(s);
	if (!Number.isFinite(n)) return NaN;
	return negative ? -n : n;
}

/**
 * Decides the decimal mark of a column from sample values: "1.234,56" or "12,5" means a
 * decimal comma; "1,234.56" or "12.5" a decimal point. Ambiguous "1,234" counts for neither.
 */
export function detectDecimalMark(values: string[]): { decimal: DecimalMark; ambiguous: boolean } {
	let comma = 0;
	let point = 0;
	for (const raw of values) {
		const s = raw.replace(CURRENCY, '').replace(/[\s\u00a0()+\-−]/g, '');
		if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^\d+,\d{1,2}$/.test(s) || /^\d+,\d{4,}$/.test(s))
			comma++;
		else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^\d+\.\d+$/.test(s)) point++;
	}
	if (comma > point) return { decimal: ',', ambiguous: point > 0 };
	return { decimal: '.', ambiguous: comma > 0 };
}
