// Peak resident memory of Chromium's renderer processes, read from /proc: the page and its
// workers (import, engine, DuckDB) all live in the renderer, so its high-water mark (VmHWM) is
// the peak the machine actually paid — JS heaps, typed arrays, WebAssembly memory and all.
import { readFileSync, readdirSync } from 'node:fs';

function children() {
	const map = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (!map.has(ppid)) map.set(ppid, []);
			map.get(ppid).push(Number(name));
		} catch {
			// The process ended while we looked.
		}
	}
	return map;
}

/** Renderer pids among the descendants of this Node process (the browser Playwright started). */
export function rendererPids() {
	const kids = children();
	const out = [];
	const stack = [...(kids.get(process.pid) ?? [])];
	while (stack.length) {
		const pid = stack.pop();
		stack.push(...(kids.get(pid) ?? []));
		try {
			const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (cmd.includes('--type=renderer')) out.push(pid);
		} catch {
			// gone
		}
	}
	return out;
}

function statusKb(pid, field) {
	try {
		const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
			readFileSync(`/proc/${pid}/status`, 'utf8')
		);
		return m ? Number(m[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/** Polls renderer processes; `peak()` is the largest high-water mark seen (bytes). */
export function watchRendererMemory(everyMs = 100) {
	const hwm = new Map();
	const poll = () => {
		if (process.platform !== 'linux') return;
		for (const pid of rendererPids())
			hwm.set(pid, Math.max(hwm.get(pid) ?? 0, statusKb(pid, 'VmHWM')));
	};
	poll();
	const timer = setInterval(poll, everyMs);
	return {
		peak() {
			poll();
			return hwm.size ? Math.max(...hwm.values()) : null;
		},
		stop() {
			clearInterval(timer);
		}
	};
}
