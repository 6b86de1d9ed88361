// Finds an installed Chromium for the end-to-end tests (browser downloads are not possible
// here). On Debian as root it installs the distribution's package; otherwise it names the
// one command to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

/** Screenshots of the Chinese UI need a CJK font; users' systems have one, a bare server may not. */
function ensureCjkFont() {
	if (!isRoot || !isDebian || existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'))
		return;
	try {
		execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk', {
			stdio: 'inherit'
		});
	} catch {
		console.warn(
			'fonts-noto-cjk could not be installed: Chinese text in screenshots may show as boxes.'
		);
	}
}

export function findChromium({ install = true } = {}) {
	for (const c of CANDIDATES)
		if (c && existsSync(c)) {
			if (install) ensureCjkFont();
			return c;
		}
	if (install && isRoot && isDebian) {
		console.log("Chromium not found: installing Debian's chromium package…");
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk poppler-utils',
			{ stdio: 'inherit' }
		);
		if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	}
	const cmd = isDebian
		? 'sudo apt-get install -y chromium'
		: 'install Chromium and set CHROMIUM_PATH=/path/to/chromium';
	console.error(`No Chromium found for the end-to-end tests. Run: ${cmd}`);
	process.exit(1);
}

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * The print test reads PDFs with poppler's pdftotext and pdftoppm. On Debian as root they are
 * installed when missing; elsewhere the test stops with the one command to run.
 */
export function ensurePoppler() {
	const has = () => {
		try {
			execSync('pdftotext -v', { stdio: 'ignore' });
			return true;
		} catch {
			return false;
		}
	};
	if (has()) return;
	if (isRoot && isDebian)
		execSync(
			'(apt-get install -y -qq poppler-utils || (apt-get update -qq && apt-get install -y -qq poppler-utils))',
			{ stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }
		);
	if (!has())
		throw new Error('pdftotext not found: install poppler-utils (apt-get install poppler-utils)');
}
