// Before/after on a shared machine: the sample-latency run (scripts/bench/sampleLatency.js)
// against two built sites, alternating A, B, A, B, … so that both see the same load, with the
// load average printed beside each run. Long tasks grow with load: compare the two columns of
// one invocation, never figures from different minutes.
//   cp -r build /tmp/build-before   (then change the code and `npx vite build`)
//   node scripts/bench/latencyAB.js /tmp/build-before build [--runs 3] [--lang en]
import os from 'node:os';
import { serve } from '../serve.js';
import { latencyRows } from './latencyReport.js';
import { sampleLatency } from './sampleLatency.js';
import { table } from './stats.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
	const i = args.indexOf(name);
	return i >= 0 ? args.splice(i, 2)[1] : dflt;
};
const RUNS = Number(opt('--runs', 3));
const LANG = opt('--lang', 'en');
const [dirA, dirB] = args;
if (!dirA || !dirB) throw new Error('usage: latencyAB.js <build dir A> <build dir B> [--runs N]');

const sites = [];
for (const dir of [dirA, dirB]) {
	const server = await serve(dir, 0);
	sites.push({ dir, server, baseUrl: `http://127.0.0.1:${server.address().port}`, runs: [] });
}
const la = () =>
	os
		.loadavg()
		.map((x) => x.toFixed(1))
		.join(' ');
try {
	for (let r = 0; r < RUNS; r++)
		for (const s of sites) {
			const before = la();
			s.runs.push(await sampleLatency(s.baseUrl, { lang: LANG }));
			const x = s.runs.at(-1);
			console.log(
				`${s.dir} run ${r + 1}: load ${before} → ${la()}; longest tasks ` +
					Object.entries(x.pages)
						.map(([p, v]) => `${p.replace(/\//g, '')} ${Math.round(v.longestTask)}`)
						.join(', ') +
					`, drill ${Math.round(x.drill.longestTask)}, load ${Math.round(x.load.longestTask)}`
			);
		}
} finally {
	for (const s of sites) s.server.close();
}
for (const s of sites) {
	console.log(`\n${s.dir} (${s.runs.length} runs)`);
	console.log(
		table(
			['interval', 'median (min–max)', 'target', '', 'longest task', '≤ 50 ms'],
			latencyRows(s.runs)
		)
	);
}
