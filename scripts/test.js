// `npm test`: install what is missing, then lint, type check, unit tests, build, and the
// end-to-end tests in real Chromium. Stops at the first failing step.
import { spawn, spawnSync } from 'node:child_process';
import { ensureDeps } from './ensureDeps.js';
import { findChromium } from '../tests/e2e/chromium.js';

ensureDeps();
findChromium();

// The three static checks read the tree and write nothing: they run side by side (the CI
// machine has two cores; one after the other they took 76 s), each one's output printed whole
// when it ends. The rest run in order.
const checks = [
	['lint (prettier)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
	['lint (eslint)', 'npx', ['eslint', '--max-warnings', '0', '.']],
	[
		'type check',
		'npx',
		['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']
	]
];
const steps = [
	['unit tests', 'npx', ['vitest', 'run']],
	['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
	['end-to-end tests', 'npx', ['playwright', 'test']]
];

const env = { ...process.env, TZ: 'UTC' };

/** Runs one command with its output collected; resolves with its exit status and output. */
function collected(cmd, args) {
	return new Promise((resolve) => {
		const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		const out = [];
		child.stdout.on('data', (d) => out.push(d));
		child.stderr.on('data', (d) => out.push(d));
		child.on('close', (code) => resolve({ code, output: Buffer.concat(out).toString() }));
	});
}

spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit', env });
{
	const started = Date.now();
	console.log(`\n▶ ${checks.map(([name]) => name).join(', ')} (side by side)`);
	const results = await Promise.all(
		checks.map(async ([name, cmd, args]) => {
			const t0 = Date.now();
			const r = await collected(cmd, args);
			if (r.output.trim())
				process.stdout.write(r.output.endsWith('\n') ? r.output : r.output + '\n');
			console.log(
				`${r.code === 0 ? '✓' : '✗'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`
			);
			return { name, code: r.code };
		})
	);
	const failed = results.find((r) => r.code !== 0);
	if (failed) {
		console.error(`\n✗ ${failed.name} failed (exit ${failed.code})`);
		process.exit(failed.code || 1);
	}
	console.log(`✓ static checks (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
for (const [name, cmd, args] of steps) {
	console.log(`\n▶ ${name}`);
	const started = Date.now();
	const r = spawnSync(cmd, args, { stdio: 'inherit', env });
	if (r.status !== 0) {
		console.error(`\n✗ ${name} failed (exit ${r.status})`);
		process.exit(r.status || 1);
	}
	console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// In CI, on a fresh clone, nothing the steps above ran may change a tracked file or leave an
// untracked one behind (a lock file rewritten by an install, a regenerated fixture, a
// forgotten artifact outside .gitignore).
const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' });
if (process.env.CI === 'true' && inGit.status === 0 && inGit.stdout.trim() === 'true') {
	const status = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
	if (status.status !== 0 || status.stdout.trim() !== '') {
		console.error(`\n✗ the working tree changed during the run:\n${status.stdout}`);
		process.exit(1);
	}
	console.log('✓ working tree clean after the run');
}
