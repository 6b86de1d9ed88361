// Median and range of repeated measurements, and the fixed-width table `npm run bench` prints.

export function summary(values) {
	const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return null;
	const mid = v.length >> 1;
	const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
	return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

/** "1.23 s (1.10–1.40)" for milliseconds, or with a unit formatter. */
export function formatSummary(s, unit = 's') {
	if (!s) return 'n/a';
	const f = FORMATS[unit];
	return s.n > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
}

const FORMATS = {
	s: (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`,
	ms: (ms) => `${Math.round(ms)} ms`,
	MiB: (b) => `${(b / 2 ** 20).toFixed(0)} MiB`,
	KB: (b) => `${(b / 1000).toFixed(1)} KB`,
	x: (r) => `${r.toFixed(2)}×`
};

export function table(header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header, rows) {
	const esc = (c) => String(c).replace(/\|/g, '\\|');
	return [
		`| ${header.map(esc).join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)
	].join('\n');
}
