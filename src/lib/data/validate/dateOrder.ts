// Day-first or month-first, from every value of a column rather than the preview's first rows:
// each value is classed by which of the two orders reads it, and the counts (with the first
// example of each) travel in the validation report, from the byte path, the text path and
// the two-part merge alike.
import { parseDate, type DateFormat } from '../values/parseDate';
import type { DateOrderEvidence } from './types';

/** A value neither order alone reads (1/2/2024, blanks, garbage): it proves nothing. */
export const NO_PROOF = 0;
/** Only the chosen order reads it. */
export const ONLY_CHOSEN = 1;
/** Only the other order reads it: the chosen order rejects a date the other would accept. */
export const ONLY_OTHER = 2;

export type DayMonthOrder = 'dmy' | 'mdy';

export function isDayMonthOrder(f: DateFormat | undefined): f is DayMonthOrder {
	return f === 'dmy' || f === 'mdy';
}

export function otherOrder(f: DayMonthOrder): DayMonthOrder {
	return f === 'dmy' ? 'mdy' : 'dmy';
}

/** How a value read as `chosenDay` under `format` (NaN when it failed) classes. */
export function dateOrderClass(text: string, chosenDay: number, format: DayMonthOrder): number {
	if (text === '') return NO_PROOF;
	const other = !Number.isNaN(parseDate(text, otherOrder(format)));
	const chosen = !Number.isNaN(chosenDay);
	return chosen === other ? NO_PROOF : chosen ? ONLY_CHOSEN : ONLY_OTHER;
}

export function newDateOrderEvidence(
	key: string,
	header: string,
	column: number,
	format: DayMonthOrder
): DateOrderEvidence {
	return {
		key,
		header,
		column,
		format,
		onlyChosen: 0,
		onlyOther: 0,
		chosenExample: null,
		otherExample: null
	};
}

/** Counts one row's value; `text` is asked for only when it becomes the example. */
export function noteDateOrder(
	ev: DateOrderEvidence,
	cls: number,
	line: number,
	text: () => string
): void {
	if (cls === ONLY_CHOSEN) {
		if (ev.onlyChosen++ === 0) ev.chosenExample = { line, text: text() };
	} else if (cls === ONLY_OTHER) {
		if (ev.onlyOther++ === 0) ev.otherExample = { line, text: text() };
	}
}

/** Two consecutive parts' evidence (`b` after `a`, `offset` records later), column by column. */
export function mergeDateOrder(
	a: DateOrderEvidence[] | undefined,
	b: DateOrderEvidence[] | undefined,
	offset: number
): DateOrderEvidence[] | undefined {
	if (!a || !b) return a ?? b;
	const shift = (e: DateOrderEvidence['chosenExample']) =>
		e === null ? null : { line: e.line + offset, text: e.text };
	return a.map((x) => {
		const y = b.find((e) => e.key === x.key);
		if (!y) return x;
		return {
			...x,
			onlyChosen: x.onlyChosen + y.onlyChosen,
			onlyOther: x.onlyOther + y.onlyOther,
			chosenExample: x.chosenExample ?? shift(y.chosenExample),
			otherExample: x.otherExample ?? shift(y.otherExample)
		};
	});
}

export type DateOrderVerdict = DayMonthOrder | 'mixed' | 'undecided';

/** What the whole column says: one order proven, both (a mixed column), or neither. */
export function dateOrderVerdict(ev: DateOrderEvidence): DateOrderVerdict {
	const chosen = ev.onlyChosen > 0;
	const other = ev.onlyOther > 0;
	if (chosen && other) return 'mixed';
	if (chosen) return ev.format;
	if (other) return otherOrder(ev.format);
	return 'undecided';
}
