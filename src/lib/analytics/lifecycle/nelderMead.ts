// Derivative-free minimiser (Nelder & Mead 1965, standard coefficients) with restarts: a
// restart from the best vertex with a fresh simplex undoes the collapse that sometimes stalls
// the method short of the optimum. Enough for the two log-parameters of small models.

export interface NelderMeadOptions {
	/** Initial step along each axis. */
	step?: number;
	/** Stop when the vertices' function values differ by less than this... */
	fTol?: number;
	/** ...and the simplex is smaller than this in every coordinate. */
	xTol?: number;
	maxIterations?: number;
	restarts?: number;
}

export interface NelderMeadResult {
	x: number[];
	f: number;
	iterations: number;
	converged: boolean;
}

export function nelderMead(
	f: (x: number[]) => number,
	start: number[],
	options: NelderMeadOptions = {}
): NelderMeadResult {
	const { step = 0.5, fTol = 1e-12, xTol = 1e-9, maxIterations = 5000, restarts = 3 } = options;
	// Non-finite values (outside the model's domain) count as +Infinity so the simplex backs off.
	const g = (x: number[]) => {
		const v = f(x);
		return Number.isFinite(v) ? v : Infinity;
	};
	let best = { x: start.slice(), f: g(start) };
	let iterations = 0;
	let converged = false;
	for (let round = 0; round <= restarts; round++) {
		const r = run(g, best.x, step, fTol, xTol, maxIterations - iterations);
		iterations += r.iterations;
		const improved = r.f < best.f - fTol;
		if (r.f <= best.f) best = { x: r.x, f: r.f };
		converged = r.converged;
		if (!improved && round > 0) break;
		if (iterations >= maxIterations) break;
	}
	return { x: best.x, f: best.f, iterations, converged };
}

function run(
	f: (x: number[]) => number,
	start: number[],
	step: number,
	fTol: number,
	xTol: number,
	maxIterations: number
): NelderMeadResult {
	const d = start.length;
	const pts: number[][] = [start.slice()];
	for (let i = 0; i < d; i++) {
		const p = start.slice();
		p[i] += step;
		pts.push(p);
	}
	const vals = pts.map(f);
	const order = pts.map((_, i) => i);
	let it = 0;
	for (; it < maxIterations; it++) {
		order.sort((a, b) => vals[a] - vals[b]);
		const bestI = order[0];
		const worstI = order[d];
		const secondI = order[d - 1];
		if (isSmall(pts, vals, order, fTol, xTol)) {
			return { x: pts[bestI], f: vals[bestI], iterations: it, converged: true };
		}
		const centroid = new Array<number>(d).fill(0);
		for (let k = 0; k < d; k++) for (let i = 0; i < d; i++) centroid[i] += pts[order[k]][i] / d;
		const along = (t: number) => centroid.map((c, i) => c + t * (pts[worstI][i] - c));
		const xr = along(-1);
		const fr = f(xr);
		if (fr < vals[bestI]) {
			const xe = along(-2);
			const fe = f(xe);
			if (fe < fr) set(pts, vals, worstI, xe, fe);
			else set(pts, vals, worstI, xr, fr);
			continue;
		}
		if (fr < vals[secondI]) {
			set(pts, vals, worstI, xr, fr);
			continue;
		}
		// Contract outside when the reflection helped a little, inside otherwise.
		const outside = fr < vals[worstI];
		const xc = along(outside ? -0.5 : 0.5);
		const fc = f(xc);
		if (fc < (outside ? fr : vals[worstI])) {
			set(pts, vals, worstI, xc, fc);
			continue;
		}
		for (let k = 1; k <= d; k++) {
			const j = order[k];
			const p = pts[j].map((v, i) => pts[bestI][i] + 0.5 * (v - pts[bestI][i]));
			set(pts, vals, j, p, f(p));
		}
	}
	order.sort((a, b) => vals[a] - vals[b]);
	return { x: pts[order[0]], f: vals[order[0]], iterations: it, converged: false };
}

function set(pts: number[][], vals: number[], i: number, x: number[], fx: number) {
	pts[i] = x;
	vals[i] = fx;
}

function isSmall(
	pts: number[][],
	vals: number[],
	order: number[],
	fTol: number,
	xTol: number
): boolean {
	const b = order[0];
	if (!(Math.abs(vals[order[order.length - 1]] - vals[b]) <= fTol)) return false;
	for (const p of pts)
		for (let i = 0; i < p.length; i++) if (Math.abs(p[i] - pts[b][i]) > xTol) return false;
	return true;
}
