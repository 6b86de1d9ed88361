// Installs npm dependencies when they are missing or older than package-lock.json, so the
// README's two commands work on a fresh clone.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function ensureDeps() {
	const lock = 'package-lock.json';
	const marker = 'node_modules/.package-lock.json';
	const stale =
		!existsSync(marker) ||
		(existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
	if (!stale) return;
	console.log('Installing dependencies (npm install)…');
	// Not `npm ci`: npm 11 leaves other platforms' optional binaries (DuckDB's) out of the lock
	// file and then refuses it; `npm install` installs the same pinned versions.
	execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
