// Readable bands for a numeric attribute: standard age bands (18–24, 25–34 …) for ages,
// otherwise about five equal bands on a 1-2-5 step, or the caller's own breaks. A band is
// [lo, hi); empty bands at either end are dropped so labels start where the data starts.
import { niceStep } from './niceStep';

export const AGE_BREAKS = [18, 25, 35, 45, 55, 65];

export interface NumberBand {
	label: string;
	/** Inclusive lower bound; null = unbounded. */
	lo: number | null;
	/** Exclusive upper bound; null = unbounded. */
	hi: number | null;
}

export interface BandedColumn {
	/** Per row: band index, -1 when the value is missing (NaN). */
	codes: Int32Array;
	bands: NumberBand[];
}

function format(x: number): string {
	return String(Number(x.toPrecision(12)));
}

function label(lo: number | null, hi: number | null, integers: boolean): string {
	if (lo === null && hi !== null) return `<${format(hi)}`;
	if (hi === null && lo !== null) return `${format(lo)}+`;
	if (lo === null || hi === null) return 'all';
	if (integers) return hi - lo === 1 ? format(lo) : `${format(lo)}–${format(hi - 1)}`;
	return `${format(lo)}–${format(hi)}`;
}

export function numberBands(
	values: ArrayLike<number>,
	options: { breaks?: number[]; age?: boolean; target?: number } = {}
): BandedColumn {
	const n = values.length;
	let min = Infinity;
	let max = -Infinity;
	let integers = true;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		if (v !== v) continue;
		if (v < min) min = v;
		if (v > max) max = v;
		if (integers && !Number.isInteger(v)) integers = false;
	}
	const codes = new Int32Array(n).fill(-1);
	if (min === Infinity) return { codes, bands: [] };
	let breaks: number[];
	let openEnds: boolean;
	if (options.breaks || options.age) {
		breaks = (options.breaks ?? AGE_BREAKS).slice().sort((a, b) => a - b);
		openEnds = true;
	} else {
		const step = Math.max(niceStep(max - min, options.target ?? 5), integers ? 1 : 0);
		const start = Math.floor(min / step) * step;
		breaks = [];
		for (let b = start; b <= max; b = Number((b + step).toPrecision(12))) breaks.push(b);
		breaks.push(Number((breaks[breaks.length - 1] + step).toPrecision(12)));
		openEnds = false;
	}
	// Band k covers [edges[k], edges[k+1]); open ends are ±Infinity for breaks supplied.
	const edges = openEnds ? [-Infinity, ...breaks, Infinity] : breaks;
	const all: NumberBand[] = [];
	for (let k = 0; k + 1 < edges.length; k++) {
		const lo = edges[k] === -Infinity ? null : edges[k];
		const hi = edges[k + 1] === Infinity ? null : edges[k + 1];
		all.push({ label: label(lo, hi, integers), lo, hi });
	}
	const raw = new Int32Array(n).fill(-1);
	const used = new Int32Array(all.length);
	for (let i = 0; i < n; i++) {
		const v = values[i];
		if (v !== v) continue;
		let k = 0;
		while (k + 1 < all.length && edges[k + 1] <= v) k++;
		raw[i] = k;
		used[k]++;
	}
	let first = 0;
	while (used[first] === 0) first++;
	let last = all.length - 1;
	while (used[last] === 0) last--;
	for (let i = 0; i < n; i++) if (raw[i] >= 0) codes[i] = raw[i] - first;
	return { codes, bands: all.slice(first, last + 1) };
}
