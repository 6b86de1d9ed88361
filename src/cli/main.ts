// Headless entry point: `npm run -s cli -- <command> <file> [options]`. Prints only JSON on
// stdout (summarize without --out writes its CSV there instead); problems go to stderr as one
// line with exit code 2. A thin shell over the same modules the app runs in its worker.
import { CliError, parseArgs } from './args';
import { COMMAND_HELP, runCommand } from './runCommand';

const USAGE = `usage: cli <command> <file> [options]
commands: inspect, rfm, pyramid, fit, predict, cohorts, lifecycle, survey, summarize,
          churn, crossbuy, loyalty`;

// Piping into `head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(0);
	throw e;
});

async function main(): Promise<number> {
	const { positional, options } = parseArgs(process.argv.slice(2));
	const [command, file] = positional;
	if (command && options.help && COMMAND_HELP[command]) {
		process.stdout.write(COMMAND_HELP[command] + '\n');
		return 0;
	}
	if (!command || options.help) {
		process.stderr.write(USAGE + '\n');
		return command ? 0 : 2;
	}
	try {
		const out = await runCommand(command, file, options);
		if (out !== undefined) process.stdout.write(JSON.stringify(out) + '\n');
		return 0;
	} catch (e) {
		if (e instanceof CliError) {
			process.stderr.write(`error: ${e.message}\n`);
			return 2;
		}
		throw e;
	}
}

main().then(
	(code) => (process.exitCode = code),
	(e) => {
		process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
		process.exitCode = 2;
	}
);
