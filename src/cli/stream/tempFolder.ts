// A private folder under the system temp directory for one run's partition files. It is removed
// when the run ends, fails, or is interrupted (Ctrl-C, kill, or a reader closing stdout early).
// A process killed outright cannot clean up — and tsx (`npm run cli`) kills its child with
// SIGKILL when the child is busy for 30 ms after a Ctrl-C — so a small detached watchdog removes
// the folder once this process is gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempFolder {
	path: string;
	/** Removes the folder, the watchdog and the exit/signal hooks; safe to call twice. */
	remove(): void;
}

const SIGNALS: [NodeJS.Signals, number][] = [
	['SIGINT', 130],
	['SIGTERM', 143],
	['SIGHUP', 129]
];

const WATCHDOG = `
const [pid, dir] = process.argv.slice(-2);
setInterval(() => {
	try {
		process.kill(Number(pid), 0);
	} catch {
		require('node:fs').rmSync(dir, { recursive: true, force: true });
		process.exit(0);
	}
}, 500);`;

function watchdog(path: string): ChildProcess | null {
	try {
		const child = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), path], {
			detached: true,
			stdio: 'ignore',
			env: { ...process.env, NODE_OPTIONS: '' }
		});
		child.on('error', () => {});
		child.unref();
		return child;
	} catch {
		// No watchdog: the hooks below still clean up on every exit but a SIGKILL.
		return null;
	}
}

export function tempFolder(prefix: string): TempFolder {
	const path = mkdtempSync(join(tmpdir(), prefix));
	const guard = watchdog(path);
	let removed = false;
	const rm = () => {
		if (removed) return;
		removed = true;
		rmSync(path, { recursive: true, force: true });
		guard?.kill();
	};
	// 'exit' also runs when main.ts exits early on EPIPE (stdout closed by `head`).
	const onExit = () => rm();
	const onSignal: [NodeJS.Signals, () => void][] = SIGNALS.map(([signal, code]) => [
		signal,
		() => {
			rm();
			process.exit(code);
		}
	]);
	process.on('exit', onExit);
	for (const [signal, handler] of onSignal) process.on(signal, handler);
	return {
		path,
		remove() {
			rm();
			process.off('exit', onExit);
			for (const [signal, handler] of onSignal) process.off(signal, handler);
		}
	};
}
