import type { ImportResponse } from './protocol';

/**
 * Posts validation progress every 20,000 rows. Parts (0 = the file or its first part, 1 = the
 * helper's) report separately; their rows add up and their fractions average.
 */
export function progressPoster(post: (msg: ImportResponse) => void, count: 1 | 2) {
	const parts = [
		{ rows: 0, fraction: 0 },
		{ rows: 0, fraction: 0 }
	];
	let last = 0;
	return (part: 0 | 1, p: { rows: number; fraction: number }) => {
		parts[part] = p;
		const rows = parts[0].rows + parts[1].rows;
		if (rows - last < 20_000) return;
		last = rows;
		post({ type: 'progress', rows, fraction: (parts[0].fraction + parts[1].fraction) / count });
	};
}
