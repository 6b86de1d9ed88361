// The BG/NBD explorer's numbers: P(alive) over frequency × recency for one observation length T,
// and the "increasing frequency paradox" — at the same recency, more past purchases make a
// customer who has gone quiet look more likely to have left. The model maths is the CLV
// engine's (clv/betaGeoPredict.ts); this file only lays it out for teaching.
import { betaGeoConditional, betaGeoPAlive } from '../clv/betaGeoPredict';
import type { BgnbdParams } from '../clv/clvTypes';
import { requireAtLeast } from './teachIssue';

/** The CDNOW sample fit (REFERENCES.md), weeks. */
export const CDNOW_BGNBD: BgnbdParams = { r: 0.2426, alpha: 4.4136, a: 0.793, b: 2.4262 };

function checkParams(p: BgnbdParams): void {
	// Shape and scale parameters must be strictly positive.
	for (const k of ['r', 'alpha', 'a', 'b'] as const) requireAtLeast(k, p[k], Number.MIN_VALUE);
}

export function pAlive(p: BgnbdParams, x: number, tx: number, T: number): number {
	checkParams(p);
	return betaGeoPAlive(p, x, tx, T, false);
}

export interface PAliveGrid {
	/** Frequencies (repeat purchases), one row each, highest first so it reads like lifetimes' plot. */
	xs: number[];
	/** Recencies t_x, one column each, 0 … T. */
	txs: number[];
	/** values[row][col]; null where the combination cannot occur (x > 0 needs t_x > 0, x = 0 has t_x = 0). */
	values: (number | null)[][];
}

export function pAliveGrid(p: BgnbdParams, T: number, maxX: number, columns: number): PAliveGrid {
	checkParams(p);
	requireAtLeast('T', T, Number.MIN_VALUE);
	requireAtLeast('maxX', maxX, 1);
	requireAtLeast('columns', columns, 2);
	const xs = Array.from({ length: Math.floor(maxX) + 1 }, (_, i) => Math.floor(maxX) - i);
	const txs = Array.from({ length: columns }, (_, j) => (T * j) / (columns - 1));
	const values = xs.map((x) =>
		txs.map((tx) => {
			if (x === 0) return tx === 0 ? 1 : null;
			if (tx === 0) return null;
			return betaGeoPAlive(p, x, tx, T, false);
		})
	);
	return { xs, txs, values };
}

export interface ParadoxRow {
	x: number;
	pAlive: number;
	/** Expected repeat purchases in the next `horizon` units. */
	expected: number;
}

export const PARADOX_FREQUENCIES = [10, 15, 20, 25];

export function frequencyParadox(
	p: BgnbdParams,
	tx: number,
	T: number,
	horizon: number,
	xs: readonly number[] = PARADOX_FREQUENCIES
): ParadoxRow[] {
	checkParams(p);
	requireAtLeast('T', T, Number.MIN_VALUE);
	requireAtLeast('tx', tx, Number.MIN_VALUE, T);
	requireAtLeast('horizon', horizon, 0);
	return xs.map((x) => ({
		x,
		pAlive: betaGeoPAlive(p, x, tx, T, false),
		expected: betaGeoConditional(p, x, tx, T, horizon, false)
	}));
}
