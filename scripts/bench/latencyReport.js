// The sample-latency block of `npm run bench` (issue 22): median (min–max) of each interval,
// its target, met or missed, and the longest main-thread task during it (target ≤ 50 ms).
import { LATENCY_PAGES } from './sampleLatency.js';
import { formatSummary, markdownTable, summary, table } from './stats.js';

export const LATENCY_TARGETS = { load: 500, chart: 300, drill: 150, task: 50 };

export function latencyRows(runs) {
	const row = (label, pick, target) => {
		const ms = summary(runs.map((r) => pick(r)?.ms));
		const task = summary(runs.map((r) => pick(r)?.longestTask));
		const met = (s, goal) => (s ? (s.median <= goal ? 'met' : 'missed') : 'n/a');
		return [
			label,
			formatSummary(ms, 'ms'),
			`≤ ${target} ms`,
			met(ms, target),
			formatSummary(task, 'ms'),
			met(task, LATENCY_TARGETS.task)
		];
	};
	return [
		row('load the teaching sample (click → loaded status)', (r) => r.load, LATENCY_TARGETS.load),
		...LATENCY_PAGES.map((p) =>
			row(`${p} first chart after in-app navigation`, (r) => r.pages[p], LATENCY_TARGETS.chart)
		),
		row('a segment’s customer list (click → first row)', (r) => r.drill, LATENCY_TARGETS.drill)
	];
}

export const LATENCY_HEADER = [
	'teaching sample (5k customers, 58k transactions)',
	'median (min–max)',
	'target',
	'',
	'longest main-thread task',
	'≤ 50 ms'
];

export const latencyTable = (runs) => table(LATENCY_HEADER, latencyRows(runs));
export const latencyMarkdown = (runs) => markdownTable(LATENCY_HEADER, latencyRows(runs));
