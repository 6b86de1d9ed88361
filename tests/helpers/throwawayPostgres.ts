// A throwaway PostgreSQL server for one test file: Debian's `postgresql` package (installed here
// with apt-get when missing and running as root, as the end-to-end tests install Chromium), a new
// cluster in a temp folder, listening only on a Unix socket in that folder on a free port, run as
// the `postgres` user when we are root (the server refuses to run as root). `stop()` always
// stops it and removes the folder. `find()` says why there is no server when it cannot start one.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Postgres {
	/** Runs SQL through psql; returns psql's CSV output (header first). */
	csv(sql: string, input?: string): string;
	stop(): void;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function binDir(): string | null {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : null;
}

/** The server binaries, installing Debian's package as root if needed; or why not. */
export function findPostgres(): { bin: string } | { skip: string } {
	let bin = binDir();
	if (!bin && isRoot && existsSync('/etc/debian_version')) {
		const r = spawnSync(
			'sh',
			[
				'-c',
				'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql'
			],
			{ stdio: 'inherit' }
		);
		if (r.status === 0) bin = binDir();
	}
	if (!bin)
		return {
			skip: isRoot
				? 'PostgreSQL is not installed and apt-get could not install it'
				: 'PostgreSQL is not installed (run: sudo apt-get install -y postgresql)'
		};
	if (isRoot && spawnSync('id', ['postgres']).status !== 0)
		return { skip: 'running as root without a postgres user to run the server as' };
	return { bin };
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export async function startPostgres(bin: string): Promise<Postgres> {
	const dir = mkdtempSync(join(tmpdir(), 'crm-postgres-'));
	const data = join(dir, 'data');
	chmodSync(dir, 0o700);
	let uid = -1;
	let gid = -1;
	if (isRoot) {
		uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
		gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
		chownSync(dir, uid, gid);
	}
	const as = (cmd: string, args: string[]) =>
		isRoot
			? (['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const)
			: ([cmd, args] as const);
	const run = (cmd: string, args: string[], input?: string) => {
		const [c, a] = as(cmd, args);
		const r = spawnSync(c, a, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
		if (r.status !== 0)
			throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout || r.error}`);
		return r.stdout;
	};
	const port = await freePort();
	run(join(bin, 'initdb'), ['-D', data, '-U', 'crm', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
	let started = false;
	const stop = () => {
		if (started) {
			started = false;
			const [c, a] = as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
			spawnSync(c, a, { stdio: 'ignore' });
		}
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		run(join(bin, 'pg_ctl'), [
			'-D',
			data,
			'-l',
			join(dir, 'server.log'),
			'-w',
			'-o',
			`-p ${port} -k ${dir} -c listen_addresses=''`,
			'start'
		]);
		started = true;
	} catch (e) {
		stop();
		throw e;
	}
	return {
		csv: (sql, input) =>
			run(
				join(bin, 'psql'),
				[
					'-X',
					'-q',
					'-v',
					'ON_ERROR_STOP=1',
					'--csv',
					'-h',
					dir,
					'-p',
					String(port),
					'-U',
					'crm',
					'-d',
					'postgres',
					'-c',
					sql
				],
				input
			),
		stop
	};
}
