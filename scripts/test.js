// `npm test`: install what is missing, then lint, type check, unit tests, build, and the
// end-to-end tests in real Chromium. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { ensureDeps } from './ensureDeps.js';
import { findChromium } from '../tests/e2e/chromium.js';

ensureDeps();
findChromium();

const steps = [
	['lint (prettier + eslint)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
	['lint (eslint)', 'npx', ['eslint', '--max-warnings', '0', '.']],
	[
		'type check',
		'npx',
		['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']
	],
	['unit tests', 'npx', ['vitest', 'run']],
	['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
	['end-to-end tests', 'node', ['tests/e2e/run.js']]
];

const env = { ...process.env, TZ: 'UTC' };
spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit', env });
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
