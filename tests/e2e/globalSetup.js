// Once per run, before any worker starts: finds Chromium (installing Debian's package when it
// can), builds the site if there is no build (or E2E_BUILD=1), and serves build/ on a free
// localhost port. Workers read the address from E2E_BASE_URL (set here, inherited by them).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { startSite } from './harness.js';
import { findChromium } from './chromium.js';

export default async function globalSetup() {
	findChromium();
	if (!existsSync('build/index.html') || process.env.E2E_BUILD === '1')
		execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
	const { server, baseUrl } = await startSite();
	process.env.E2E_BASE_URL = baseUrl;
	return () => new Promise((done) => server.close(() => done()));
}
