// CSV numbers at the precision the page shows them: money to cents, shares to the decimals
// shown, counts whole. Rounding follows Intl.NumberFormat (half away from zero on the
// decimal value, 1.005 → 1.01), the same rule that formats the numbers on screen, so a cell
// in the file reads like the chart's label. Columns without a stated precision only lose
// binary float noise (0.1 + 0.2 → 0.3), at 12 significant digits.

/** Decimals per column: a number, or null for "as computed, without float noise". */
export type ColumnDigits = (number | null | undefined)[];

const formats = new Map<number, Intl.NumberFormat>();
function formatFor(digits: number): Intl.NumberFormat {
	let f = formats.get(digits);
	if (!f) {
		f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: false });
		formats.set(digits, f);
	}
	return f;
}

export function roundCell<T>(value: T, digits?: number | null): T | number {
	if (typeof value !== 'number' || !Number.isFinite(value)) return value;
	if (digits === null || digits === undefined) {
		return Number.isInteger(value) ? value : Number(value.toPrecision(12));
	}
	const out = Number(formatFor(digits).format(value));
	// -0 would print as "0" anyway; keep it a plain 0.
	return out === 0 ? 0 : out;
}

export function roundRows<T>(rows: T[][], digits: ColumnDigits = []): (T | number)[][] {
	return rows.map((r) => r.map((v, j) => roundCell(v, digits[j])));
}

/** Decimals of common columns: money in cents, a share shown as a percent with `pct` decimals. */
export const DIGITS = {
	money: 2,
	count: 0,
	share: (pct = 1) => pct + 2
} as const;
