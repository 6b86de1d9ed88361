// Hessians by central differences, for standard errors at the optimum: from an analytic
// gradient when the model has one (error O(h²) with one level of differencing), else from the
// function alone.

/** Symmetrised Jacobian of the gradient: (∇f(x + h e_j) - ∇f(x - h e_j)) / 2h. */
export function hessianFromGradient(
	grad: (x: Float64Array, g: Float64Array) => void,
	x: Float64Array,
	h = 1e-4
): Float64Array {
	const n = x.length;
	const H = new Float64Array(n * n);
	const gp = new Float64Array(n);
	const gm = new Float64Array(n);
	const xt = Float64Array.from(x);
	for (let j = 0; j < n; j++) {
		xt[j] = x[j] + h;
		grad(xt, gp);
		xt[j] = x[j] - h;
		grad(xt, gm);
		xt[j] = x[j];
		for (let i = 0; i < n; i++) H[i * n + j] = (gp[i] - gm[i]) / (2 * h);
	}
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++) {
			const v = (H[i * n + j] + H[j * n + i]) / 2;
			H[i * n + j] = v;
			H[j * n + i] = v;
		}
	return H;
}

/** Second differences of f: diagonal (f(+) - 2f + f(-))/h², off-diagonal the 4-point rule. */
export function hessianFromValues(
	f: (x: Float64Array) => number,
	x: Float64Array,
	h = 1e-3
): Float64Array {
	const n = x.length;
	const H = new Float64Array(n * n);
	const xt = Float64Array.from(x);
	const f0 = f(x);
	const at = (i: number, di: number, j: number, dj: number) => {
		xt[i] += di;
		xt[j] += dj;
		const v = f(xt);
		xt[i] = x[i];
		xt[j] = x[j];
		return v;
	};
	for (let i = 0; i < n; i++) {
		H[i * n + i] = (at(i, h, i, 0) - 2 * f0 + at(i, -h, i, 0)) / (h * h);
		for (let j = i + 1; j < n; j++) {
			const v =
				(at(i, h, j, h) - at(i, h, j, -h) - at(i, -h, j, h) + at(i, -h, j, -h)) / (4 * h * h);
			H[i * n + j] = v;
			H[j * n + i] = v;
		}
	}
	return H;
}

/** Inverse of a symmetric positive-definite matrix by Cholesky; null when it is not SPD. */
export function invertSpd(A: Float64Array, n: number): Float64Array | null {
	const L = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = 0; j <= i; j++) {
			let s = A[i * n + j];
			for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
			if (i === j) {
				if (!(s > 0)) return null;
				L[i * n + i] = Math.sqrt(s);
			} else L[i * n + j] = s / L[j * n + j];
		}
	// Solve L Lᵀ X = I column by column.
	const inv = new Float64Array(n * n);
	const col = new Float64Array(n);
	for (let c = 0; c < n; c++) {
		for (let i = 0; i < n; i++) {
			let s = i === c ? 1 : 0;
			for (let k = 0; k < i; k++) s -= L[i * n + k] * col[k];
			col[i] = s / L[i * n + i];
		}
		for (let i = n - 1; i >= 0; i--) {
			let s = col[i];
			for (let k = i + 1; k < n; k++) s -= L[k * n + i] * inv[k * n + c];
			inv[i * n + c] = s / L[i * n + i];
		}
	}
	return inv;
}
