// CPU time used by Chromium's renderer processes, read from /proc: what a shared machine
// inflates far less than wall time (a thread waiting for a core uses none). `snapshot()` then
// `diff(a, b)` gives, in ms, the renderers' main threads, everything else in them (the
// workers — also those that ended meanwhile, which the process total keeps — and Chromium's
// own threads) and the total, plus the live threads by name. Linux only (elsewhere every
// figure is 0). Clock ticks are 10 ms: a sum over a run, not a fine timer.
import { readFileSync, readdirSync } from 'node:fs';
import { rendererPids } from './rendererMemory.js';

const TICK_MS = 10; // sysconf(_SC_CLK_TCK) is 100 on Linux

/** utime + stime (fields 14 and 15 of stat(5)) of a process or one of its threads. */
function ticks(path) {
	const stat = readFileSync(path, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(fields[11]) + Number(fields[12]);
}

/** Per renderer pid: its total ticks, and { name, ticks } per live thread. */
export function snapshot() {
	const out = new Map();
	if (process.platform !== 'linux') return out;
	for (const pid of rendererPids()) {
		try {
			const threads = new Map();
			for (const tid of readdirSync(`/proc/${pid}/task`)) {
				try {
					const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
					threads.set(tid, { name, ticks: ticks(`/proc/${pid}/task/${tid}/stat`) });
				} catch {
					// the thread ended while we looked
				}
			}
			out.set(pid, { total: ticks(`/proc/${pid}/stat`), threads });
		} catch {
			// the process ended while we looked
		}
	}
	return out;
}

/** CPU ms between two snapshots: main threads, the rest, the total, live threads by name. */
export function diff(a, b) {
	let main = 0;
	let all = 0;
	const byName = {};
	for (const [pid, p] of b) {
		const before = a.get(pid);
		all += (p.total - (before?.total ?? 0)) * TICK_MS;
		for (const [tid, t] of p.threads) {
			const ms = (t.ticks - (before?.threads.get(tid)?.ticks ?? 0)) * TICK_MS;
			if (String(pid) === tid) main += ms;
			const name = String(pid) === tid ? '(main)' : t.name;
			if (ms) byName[name] = (byName[name] ?? 0) + ms;
		}
	}
	return { main, rest: all - main, all, byName };
}
