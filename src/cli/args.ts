// Minimal argument parsing for the headless CLI: positional arguments and --name value pairs.

export interface Args {
	positional: string[];
	options: Record<string, string>;
}

export function parseArgs(argv: string[]): Args {
	const positional: string[] = [];
	const options: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a.startsWith('--')) {
			const eq = a.indexOf('=');
			if (eq > 0) options[a.slice(2, eq)] = a.slice(eq + 1);
			else if (i + 1 < argv.length && !argv[i + 1].startsWith('--'))
				options[a.slice(2)] = argv[++i];
			else options[a.slice(2)] = 'true';
		} else positional.push(a);
	}
	return { positional, options };
}

/** A usage or input error: printed as one line on stderr with exit code 2. */
export class CliError extends Error {}
