// "Did you mean …?": the closest known name by edit distance (insertions, deletions,
// substitutions and swaps of two neighbours), if it is close enough to be a typo.

function distance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	return d[a.length][b.length];
}

/** The known name nearest to `typed`, or null when none is within a third of its length. */
export function nearestName(typed: string, known: readonly string[]): string | null {
	const t = typed.toLowerCase();
	let best: string | null = null;
	let bestD = Infinity;
	for (const k of known) {
		// A prefix is what a user types when abbreviating (--calib for --calibration-end).
		const d = k.startsWith(t) && t.length >= 3 ? 1 : distance(t, k);
		if (d < bestD) {
			best = k;
			bestD = d;
		}
	}
	return bestD <= Math.max(2, Math.floor(t.length / 3)) ? best : null;
}
