// Entry point of `crm-workbench` (built by scripts/buildCli.js; `npm run -s cli -- …` runs the
// same file through tsx): `<command> <file> [options]`. Prints only JSON on stdout (summarize
// without --out writes its CSV there instead); a problem with the input goes to stderr as one
// line with exit code 2, an internal error with exit code 1. A thin shell over the same
// modules the app runs in its worker.
import { CliError } from './args';
import { cliVersion } from './cliVersion';
import { parseCommandLine } from './parse/parseCommandLine';
import { COMMANDS } from './runCommand';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, usage } from './usage';

// Piping into `head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(EXIT_OK);
	throw e;
});

async function main(argv: string[]): Promise<number> {
	const line = parseCommandLine(argv, COMMANDS);
	switch (line.action) {
		case 'usage':
			process.stderr.write(usage(COMMANDS) + '\n');
			return EXIT_USAGE;
		case 'help':
			process.stdout.write(
				(line.command?.help.replace(/^usage: cli /, 'usage: crm-workbench ') ?? usage(COMMANDS)) +
					'\n'
			);
			return EXIT_OK;
		case 'version':
			process.stdout.write(cliVersion() + '\n');
			return EXIT_OK;
		case 'run': {
			const out = await line.command.run(line.file, line.options);
			if (out !== undefined) process.stdout.write(JSON.stringify(out) + '\n');
			return EXIT_OK;
		}
	}
}

main(process.argv.slice(2)).then(
	(code) => (process.exitCode = code),
	(e) => {
		if (e instanceof CliError) {
			process.stderr.write(`error: ${e.message}\n`);
			process.exitCode = EXIT_USAGE;
			return;
		}
		process.stderr.write(
			`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`
		);
		process.exitCode = EXIT_INTERNAL;
	}
);
