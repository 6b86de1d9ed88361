// Inverse of a small dense matrix by Gauss–Jordan elimination with partial pivoting; null when
// the matrix is singular to working precision (e.g. perfectly collinear predictors).

export function invertMatrix(a: number[][]): number[][] | null {
	const n = a.length;
	const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
	let scale = 0;
	for (const row of a) for (const v of row) scale = Math.max(scale, Math.abs(v));
	const tiny = 1e-12 * (scale || 1);
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
		if (Math.abs(m[pivot][col]) <= tiny) return null;
		[m[col], m[pivot]] = [m[pivot], m[col]];
		const p = m[col][col];
		for (let j = 0; j < 2 * n; j++) m[col][j] /= p;
		for (let r = 0; r < n; r++) {
			if (r === col) continue;
			const factor = m[r][col];
			if (factor === 0) continue;
			for (let j = 0; j < 2 * n; j++) m[r][j] -= factor * m[col][j];
		}
	}
	return m.map((row) => row.slice(n));
}
