// The dataset's currency, read at import from what the file says: symbols or codes in the
// amounts (¥12.50, USD 12, 12元), a currency column (shop exports), or the amount column's
// header (金额(元), amount_usd, Price ($)). One currency named → that one. Several named in
// the amounts → reported and not guessed (the user chooses). A shop export that folds orders
// per currency (foldOrders) counts its most frequent currency and reports the others, not
// summed — so there the most frequent one is the dataset's.
import { CURRENCY_WORDS } from '../../analytics/currency';

export interface CurrencyFinding {
	/** The dataset's currency (an ISO code of analytics/currency), or null: none named, or mixed. */
	code: string | null;
	/** Where it was read. */
	source: 'amounts' | 'column' | 'header' | null;
	/** Every currency named by a value, with how many values name it, most first. */
	found: { code: string; count: number }[];
	/** Values name more than one currency and none was chosen: the user has to say. */
	mixed: boolean;
}

export interface CurrencyEvidence {
	/** The amount column's header ('' when none). */
	amountHeader: string;
	/** Raw amount cells, as written in the file. */
	amounts: readonly string[];
	/** Raw cells of a currency column, if the file has one. */
	currencyValues?: readonly string[];
	/** The currency column splits orders: the most frequent currency is counted, others reported. */
	foldedByCurrency?: boolean;
}

const TOKENS = /[a-z]{1,3}[$¥]|[a-z]+|\p{Script=Han}+|[$¥￥€£₩₹]/gu;

/** The one currency a cell or header names, or null (none, or two that disagree). */
export function currencyOfText(text: string): string | null {
	const s = text.trim().toLowerCase();
	if (s === '') return null;
	const whole = CURRENCY_WORDS.get(s.replace(/[\d\s.,+\-−()\u00a0]/g, ''));
	if (whole) return whole;
	let code: string | null = null;
	for (const token of s.match(TOKENS) ?? []) {
		// Headers spell units inside words: 金额元 is not read, 金额(元) is.
		const c = CURRENCY_WORDS.get(token);
		if (!c) continue;
		if (code !== null && code !== c) return null;
		code = c;
	}
	return code;
}

function count(values: readonly string[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const v of values) {
		const c = currencyOfText(v);
		if (c) out.set(c, (out.get(c) ?? 0) + 1);
	}
	return out;
}

export function detectCurrency(e: CurrencyEvidence): CurrencyFinding {
	const amounts = count(e.amounts);
	const column = count(e.currencyValues ?? []);
	const header = e.amountHeader ? currencyOfText(e.amountHeader) : null;
	const all = new Map(amounts);
	for (const [c, n] of column) all.set(c, (all.get(c) ?? 0) + n);
	const found = [...all]
		.map(([code, n]) => ({ code, count: n }))
		.sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
	if (e.foldedByCurrency && column.size > 0) {
		// As foldOrders counts: the currency of the most rows; ties go to the one met first.
		let main: string | null = null;
		for (const [c, n] of column) if (main === null || n > column.get(main)!) main = c;
		return { code: main, source: 'column', found, mixed: false };
	}
	const named = new Set(all.keys());
	if (header) named.add(header);
	if (named.size > 1) return { code: null, source: null, found, mixed: true };
	if (named.size === 0) return { code: null, source: null, found, mixed: false };
	const code = [...named][0];
	const source = amounts.has(code) ? 'amounts' : column.has(code) ? 'column' : 'header';
	return { code, source, found, mixed: false };
}
