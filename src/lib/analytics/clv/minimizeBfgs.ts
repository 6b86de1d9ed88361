// Quasi-Newton minimisation (BFGS on the inverse Hessian) with a strong-Wolfe line search
// (Nocedal & Wright, Numerical Optimization, algorithms 3.5, 3.6 and 6.1). Used on
// log-parameters, so the search is unconstrained; a non-finite objective just shortens the step.

/** Objective: returns f(x) and writes ∇f(x) into g. */
export type ObjectiveWithGradient = (x: Float64Array, g: Float64Array) => number;

export interface MinimizeOptions {
	/** Stop when max |∇f| falls below this. */
	gradientTolerance?: number;
	/** Relative change of f counted as "no progress". */
	valueTolerance?: number;
	maxIterations?: number;
}

export interface MinimizeResult {
	x: Float64Array;
	value: number;
	gradient: Float64Array;
	iterations: number;
	evaluations: number;
	converged: boolean;
}

const C1 = 1e-4;
const C2 = 0.9;

function dot(a: Float64Array, b: Float64Array): number {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i] * b[i];
	return s;
}
function maxAbs(a: Float64Array): number {
	let m = 0;
	for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
	return m;
}

export function minimizeBfgs(
	fg: ObjectiveWithGradient,
	x0: Float64Array,
	options: MinimizeOptions = {}
): MinimizeResult {
	const gtol = options.gradientTolerance ?? 1e-8;
	const ftol = options.valueTolerance ?? 1e-13;
	const maxIter = options.maxIterations ?? 400;
	const n = x0.length;
	let evaluations = 0;
	const evaluate = (x: Float64Array, g: Float64Array): number => {
		evaluations++;
		const v = fg(x, g);
		return Number.isFinite(v) && g.every(Number.isFinite) ? v : Infinity;
	};

	let x = Float64Array.from(x0);
	let g = new Float64Array(n);
	let f = evaluate(x, g);
	const result = (converged: boolean, iterations: number): MinimizeResult => ({
		x,
		value: f,
		gradient: g,
		iterations,
		evaluations,
		converged
	});
	if (!Number.isFinite(f)) return result(false, 0);

	const H = new Float64Array(n * n);
	const resetH = (scale: number) => {
		H.fill(0);
		for (let i = 0; i < n; i++) H[i * n + i] = scale;
	};
	resetH(1 / Math.max(1, maxAbs(g)));
	let fresh = true;
	let stalls = 0;
	const p = new Float64Array(n);
	const xt = new Float64Array(n);
	const gt = new Float64Array(n);

	for (let iter = 0; iter < maxIter; iter++) {
		if (maxAbs(g) < gtol) return result(true, iter);
		for (let i = 0; i < n; i++) {
			let s = 0;
			for (let j = 0; j < n; j++) s -= H[i * n + j] * g[j];
			p[i] = s;
		}
		let d0 = dot(g, p);
		if (!(d0 < 0)) {
			resetH(1 / Math.max(1, maxAbs(g)));
			fresh = true;
			for (let i = 0; i < n; i++) p[i] = -H[i * n + i] * g[i];
			d0 = dot(g, p);
		}

		// φ(α) = f(x + αp); each trial stores its point and gradient.
		const trial = (alpha: number) => {
			for (let i = 0; i < n; i++) xt[i] = x[i] + alpha * p[i];
			const v = evaluate(xt, gt);
			return {
				alpha,
				v,
				d: Number.isFinite(v) ? dot(gt, p) : NaN,
				x: Float64Array.from(xt),
				g: Float64Array.from(gt)
			};
		};
		type Trial = ReturnType<typeof trial>;
		const zoom = (lo: Trial, hi: Trial): Trial | null => {
			for (let k = 0; k < 40; k++) {
				// Safeguarded quadratic interpolation from φ(lo), φ'(lo), φ(hi).
				const width = hi.alpha - lo.alpha;
				let a = lo.alpha - (lo.d * width * width) / (2 * (hi.v - lo.v - lo.d * width));
				const left = Math.min(lo.alpha, hi.alpha);
				const span = Math.abs(width);
				if (!Number.isFinite(a) || a < left + 0.1 * span || a > left + 0.9 * span)
					a = lo.alpha + width / 2;
				const t = trial(a);
				if (!Number.isFinite(t.v) || t.v > f + C1 * a * d0 || t.v >= lo.v) hi = t;
				else {
					if (Math.abs(t.d) <= -C2 * d0) return t;
					if (t.d * width >= 0) hi = lo;
					lo = t;
				}
				if (Math.abs(hi.alpha - lo.alpha) < 1e-16 * Math.max(1, lo.alpha)) break;
				// Both ends equal to rounding: the objective is flat here and further
				// bisection only spends evaluations (near an optimum it spent ~100 of them).
				if (Number.isFinite(hi.v) && Math.abs(hi.v - lo.v) <= 1e-14 * Math.max(1, Math.abs(f)))
					break;
			}
			return lo.alpha > 0 ? lo : null;
		};

		const start: Trial = { alpha: 0, v: f, d: d0, x, g };
		let prev = start;
		let alpha = 1;
		let accepted: Trial | null = null;
		for (let k = 0; k < 60; k++) {
			const t = trial(alpha);
			if (!Number.isFinite(t.v)) {
				alpha = prev.alpha + (alpha - prev.alpha) / 4;
				continue;
			}
			if (t.v > f + C1 * alpha * d0 || (k > 0 && t.v >= prev.v)) {
				accepted = zoom(prev, t);
				break;
			}
			if (Math.abs(t.d) <= -C2 * d0) {
				accepted = t;
				break;
			}
			if (t.d >= 0) {
				accepted = zoom(t, prev);
				break;
			}
			prev = t;
			alpha *= 2;
		}
		if (!accepted || accepted.alpha === 0 || !(accepted.v <= f)) {
			if (fresh) return result(maxAbs(g) < Math.sqrt(gtol), iter);
			resetH(1 / Math.max(1, maxAbs(g)));
			fresh = true;
			continue;
		}

		const s = new Float64Array(n);
		const y = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			s[i] = accepted.x[i] - x[i];
			y[i] = accepted.g[i] - g[i];
		}
		const change = Math.abs(f - accepted.v) / Math.max(1, Math.abs(f));
		stalls = change < ftol ? stalls + 1 : 0;
		x = accepted.x;
		g = accepted.g;
		f = accepted.v;
		const sy = dot(s, y);
		if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
			if (fresh) resetH(sy / dot(y, y));
			fresh = false;
			// H ← (I - ρ s yᵀ) H (I - ρ y sᵀ) + ρ s sᵀ
			const rho = 1 / sy;
			const Hy = new Float64Array(n);
			for (let i = 0; i < n; i++) {
				let v = 0;
				for (let j = 0; j < n; j++) v += H[i * n + j] * y[j];
				Hy[i] = v;
			}
			const yHy = dot(y, Hy);
			for (let i = 0; i < n; i++)
				for (let j = 0; j < n; j++)
					H[i * n + j] +=
						-rho * (Hy[i] * s[j] + s[i] * Hy[j]) + (rho * rho * yHy + rho) * s[i] * s[j];
		}
		// Several steps without progress: the objective is flat to rounding, accept if the
		// gradient is small on the scale of that rounding.
		if (stalls >= 3) return result(maxAbs(g) < Math.sqrt(gtol), iter + 1);
	}
	return result(maxAbs(g) < gtol, maxIter);
}
