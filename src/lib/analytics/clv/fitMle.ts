// Maximum likelihood on log-parameters (so every parameter stays positive) from several starts;
// the best optimum gets a numeric Hessian and delta-method standard errors on the natural scale.
import { clvIssue, type ClvIssue } from './clvTypes';
import { minimizeBfgs } from './minimizeBfgs';
import { hessianFromGradient, hessianFromValues, invertSpd } from './numericHessian';

export interface MleProblem {
	names: readonly string[];
	/** Total log-likelihood at natural parameters; fills ∂LL/∂θ into grad when given (analytic models). */
	logLik: (theta: Float64Array, grad: Float64Array | null) => number;
	analyticGradient: boolean;
	/** Starting points, natural scale. */
	starts: Float64Array[];
	/** Number of customers: the objective is -LL / weight so tolerances do not depend on size. */
	weight: number;
	/** How many of the best-screened starts are optimised (default 2). */
	runs?: number;
}

export interface MleResult {
	theta: Float64Array;
	logLik: number;
	converged: boolean;
	iterations: number;
	/** Natural-scale standard errors (null when the Hessian is not invertible). */
	standardErrors: (number | null)[];
	/** Covariance of the log-parameters (n × n, row-major), for intervals; null as above. */
	logCovariance: Float64Array | null;
	issues: ClvIssue[];
}

/** |log θ| beyond this is treated as outside the model (θ < 1e-13 or > 1e13). */
const LOG_LIMIT = 30;
/** A parameter past 1e6 or below 1e-6 sits on the edge of what the data can tell. */
const EDGE = Math.log(1e6);
/** Standard error of log θ above 0.5: the 95 % interval spans a factor of e^(±1) or more. */
const WEAK_LOG_SE = 0.5;

export function fitMle(problem: MleProblem): MleResult {
	const n = problem.names.length;
	const W = Math.max(1, problem.weight);
	const theta = new Float64Array(n);
	const dll = new Float64Array(n);
	const total = (u: Float64Array, grad: Float64Array | null): number => {
		for (let i = 0; i < n; i++) {
			if (!(Math.abs(u[i]) <= LOG_LIMIT)) return -Infinity;
			theta[i] = Math.exp(u[i]);
		}
		const ll = problem.logLik(theta, grad ? dll : null);
		if (grad) for (let i = 0; i < n; i++) grad[i] = theta[i] * dll[i];
		return Number.isFinite(ll) ? ll : -Infinity;
	};
	const numericGrad = (u: Float64Array, g: Float64Array) => {
		const h = 1e-5;
		const ut = Float64Array.from(u);
		for (let i = 0; i < n; i++) {
			ut[i] = u[i] + h;
			const fp = total(ut, null);
			ut[i] = u[i] - h;
			const fm = total(ut, null);
			ut[i] = u[i];
			g[i] = (fp - fm) / (2 * h);
		}
	};
	const objective = (u: Float64Array, g: Float64Array): number => {
		let ll: number;
		if (problem.analyticGradient) ll = total(u, g);
		else {
			ll = total(u, null);
			if (Number.isFinite(ll)) numericGrad(u, g);
		}
		for (let i = 0; i < n; i++) g[i] = -g[i] / W;
		return -ll / W;
	};
	const gtol = problem.analyticGradient ? 1e-9 : 1e-7;

	// Screen every start with one evaluation, then optimise from the best few: as robust as
	// running them all on real data at a fraction of the cost.
	const ranked = problem.starts
		.map((start) => {
			const u0 = Float64Array.from(start, (v) => Math.log(v));
			return { u0, value: -total(u0, null) };
		})
		.filter((s) => Number.isFinite(s.value))
		.sort((p, q) => p.value - q.value)
		.slice(0, problem.runs ?? 2);
	let best: ReturnType<typeof minimizeBfgs> | null = null;
	for (const { u0 } of ranked) {
		const r = minimizeBfgs(objective, u0, { gradientTolerance: gtol, maxIterations: 500 });
		if (!Number.isFinite(r.value)) continue;
		const better =
			!best ||
			r.value < best.value - 1e-10 ||
			(r.converged && !best.converged && r.value <= best.value + 1e-10);
		if (better) best = r;
	}
	const issues: ClvIssue[] = [];
	if (!best) {
		issues.push(clvIssue('not_converged'));
		return {
			theta: Float64Array.from(problem.starts[0]),
			logLik: 0,
			converged: false,
			iterations: 0,
			standardErrors: new Array(n).fill(null),
			logCovariance: null,
			issues
		};
	}
	const u = best.x;
	const fitted = Float64Array.from(u, Math.exp);
	const logLik = total(u, null);
	if (!best.converged) issues.push(clvIssue('not_converged', 'warning'));

	// Hessian of -LL (total, not per customer) on the log scale.
	const H = problem.analyticGradient
		? hessianFromGradient((x, g) => {
				total(x, g);
				for (let i = 0; i < n; i++) g[i] = -g[i];
			}, u)
		: hessianFromValues((x) => -total(x, null), u);
	const cov = H.every(Number.isFinite) ? invertSpd(H, n) : null;
	if (!cov) issues.push(clvIssue('hessian_not_invertible', 'warning'));
	const standardErrors = problem.names.map((name, i) => {
		if (Math.abs(u[i]) > EDGE) issues.push(clvIssue('param_at_bound', 'warning', { param: name }));
		if (!cov) return null;
		const logSe = Math.sqrt(cov[i * n + i]);
		if (logSe > WEAK_LOG_SE) issues.push(clvIssue('weakly_identified', 'warning', { param: name }));
		return fitted[i] * logSe;
	});
	return {
		theta: fitted,
		logLik,
		converged: best.converged,
		iterations: best.iterations,
		standardErrors,
		logCovariance: cov,
		issues
	};
}
