// Parses numbers as spreadsheets and shop systems write them: currency symbols and codes,
// thousands separators, decimal comma, negatives as -1 or (1). Returns NaN when it is not a number.

export type DecimalMark = '.' | ',';

const CURRENCY =
	/^(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|US\$|HK\$|[¥￥$€£元]|人民币)+|(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|元|[¥￥$€£]|人民币)+$/giu;

export function parseNumber(raw: string, decimal: DecimalMark = '.'): number {
	let s = raw.trim();
	if (s === '') return NaN;
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
		if (!/^\d{1,3}(?:,\d{3})*(?:\.\d*)?$|^\d*\.?\d+(?:[eE][+-]?\d+)?$|^\d+\.$/.test(s)) return NaN;
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
