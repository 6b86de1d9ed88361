// Row order of the per-customer table: by one column, up or down, missing values (NaN) last
// whichever the direction, ties by the original order so the table never jumps.

export function customerOrder(column: ArrayLike<number> | string[], desc: boolean): Uint32Array {
	const n = column.length;
	const idx = new Uint32Array(n);
	for (let i = 0; i < n; i++) idx[i] = i;
	const dir = desc ? -1 : 1;
	if (Array.isArray(column) && typeof column[0] === 'string') {
		const s = column as string[];
		return idx.sort((a, b) => dir * (s[a] < s[b] ? -1 : s[a] > s[b] ? 1 : 0) || a - b);
	}
	const v = column as ArrayLike<number>;
	return idx.sort((a, b) => {
		const x = v[a];
		const y = v[b];
		const nx = Number.isNaN(x);
		const ny = Number.isNaN(y);
		if (nx || ny) return nx && ny ? a - b : nx ? 1 : -1;
		return dir * (x - y) || a - b;
	});
}
