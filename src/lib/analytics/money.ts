// Money to the cent. Amounts stay Float64 currency units in every column (the least invasive
// choice: every analysis reads them as before), each the double nearest its decimal text; sums
// are taken in cents. A whole-cent amount (12.34) becomes an exact integer number of cents, and
// integers add exactly in a double up to 2^53 ≈ 9·10^15 cents, so totals are exact to the cent
// up to 90 trillion currency units — the float sum of 9876543210987.65 twice and
// 11111111108888.90 ends in .203, the cent sum in .20. See docs/design.md.

/** Largest amount (in currency units) accepted: 10^15 cents, where × 100 still finds the cent. */
export const MAX_AMOUNT = 1e13;

/**
 * The amount in cents: an exact integer when the amount is a whole number of cents (within
 * the double's own error at its size), else amount × 100 as it is (a unit price of 0.125 keeps
 * its half cent; such sums are as exact as floating point allows).
 */
export function toCents(amount: number): number {
	const x = amount * 100;
	const r = Math.round(x);
	const d = x - r;
	// 4.5e-16 · |r| is twice a double's relative error: the × 100 and the decimal reading.
	return (d < 0 ? -d : d) <= 1e-6 + (r < 0 ? -r : r) * 4.5e-16 ? r : x;
}

/** Cents back to currency units: the double nearest the exact decimal total. */
export function fromCents(cents: number): number {
	return cents / 100;
}

/** The exact sum of the first `n` values (NaN skipped), in currency units. */
export function sumMoney(values: ArrayLike<number>, n = values.length): number {
	let cents = 0;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		if (v === v) cents += toCents(v);
	}
	return fromCents(cents);
}

/** Money as text with two decimals, exact for whole-cent values: "2795774.36", "-0.10". */
export function moneyText(amount: number): string {
	if (!Number.isFinite(amount)) return '';
	const c = Math.round(amount * 100);
	const sign = c < 0 ? '-' : '';
	const abs = BigInt(Math.abs(c));
	const cents = String(abs % 100n).padStart(2, '0');
	return `${sign}${abs / 100n}.${cents}`;
}
