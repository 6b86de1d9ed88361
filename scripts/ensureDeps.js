// Installs npm dependencies when they are missing or older than package-lock.json, so the
// README's two commands work on a fresh clone — without touching package-lock.json.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function ensureDeps() {
	const lock = 'package-lock.json';
	const marker = 'node_modules/.package-lock.json';
	const stale =
		!existsSync(marker) ||
		(existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
	if (!stale) return;
	console.log('Installing dependencies (npm ci)…');
	// `npm ci` installs exactly the committed lock file and never rewrites it, so a fresh clone
	// stays clean. The lock file is the one a fresh `npm install` writes (with every platform's
	// optional DuckDB bindings), which `npm ci` accepts; scripts/test.js checks the tree in CI.
	execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
