// What the values of one column look like, from a sample: numbers, dates, ids, ratings.
// Role and kind suggestions are made from these profiles plus the header names.
import { detectDateFormat, type DateFormatGuess } from '../values/parseDate';
import { detectDecimalMark, parseNumber, type DecimalMark } from '../values/parseNumber';

export interface ColumnProfile {
	index: number;
	header: string;
	nonEmpty: number;
	distinct: number;
	numericShare: number;
	integerShare: number;
	decimal: DecimalMark;
	decimalAmbiguous: boolean;
	min: number;
	max: number;
	/** Values like "00017": digits with a leading zero, which must stay strings. */
	zeroPadded: boolean;
	currency: boolean;
	date: DateFormatGuess;
	/** Distinct values over non-empty values (1 = unique). */
	uniqueness: number;
	examples: string[];
}

const CURRENCY_HINT = /[¥￥$€£元]|RMB|CNY|USD|EUR|GBP/;

export function profileColumn(
	index: number,
	header: string,
	values: string[],
	dateNamed = false
): ColumnProfile {
	const present = values.map((v) => v.trim()).filter((v) => v !== '');
	const { decimal, ambiguous } = detectDecimalMark(present.slice(0, 500));
	let numeric = 0;
	let integer = 0;
	let min = Infinity;
	let max = -Infinity;
	let currency = false;
	for (const v of present) {
		const n = parseNumber(v, decimal);
		if (!Number.isNaN(n)) {
			numeric++;
			if (Number.isInteger(n)) integer++;
			if (n < min) min = n;
			if (n > max) max = n;
			if (!currency && CURRENCY_HINT.test(v)) currency = true;
		}
	}
	const distinct = new Set(present).size;
	const zeroPadded =
		present.length > 0 &&
		present.some((v) => /^0\d+$/.test(v)) &&
		present.every((v) => /^\d+$/.test(v));
	// Plain integers are dates only as yyyymmdd or when the header says date (Excel serials).
	const date = detectDateFormat(present.slice(0, 500), dateNamed);
	return {
		index,
		header,
		nonEmpty: present.length,
		distinct,
		numericShare: present.length ? numeric / present.length : 0,
		integerShare: numeric ? integer / numeric : 0,
		decimal,
		decimalAmbiguous: ambiguous,
		min: numeric ? min : NaN,
		max: numeric ? max : NaN,
		zeroPadded,
		currency,
		date,
		uniqueness: present.length ? distinct / present.length : 0,
		examples: [...new Set(present)].slice(0, 3)
	};
}

/** A column that reads as a rating item (integers on a bounded scale such as 1–5 or 0–10). */
export function looksLikeRating(p: ColumnProfile): boolean {
	return (
		p.numericShare >= 0.9 &&
		p.integerShare >= 0.98 &&
		p.min >= 0 &&
		p.max <= 100 &&
		p.max >= 3 &&
		p.distinct <= 101 &&
		!p.zeroPadded
	);
}
