// The top-level help of `crm-workbench`: commands, shared options and exit codes.
import { summaryOf, type CliCommand } from './parse/cliCommand';

export const EXIT_OK = 0;
/** Something went wrong inside the tool: a bug to report. */
export const EXIT_INTERNAL = 1;
/** The input could not be used: an unreadable file, a bad option, a misspelt command. */
export const EXIT_USAGE = 2;

export function usage(commands: readonly CliCommand[]): string {
	const width = Math.max(...commands.map((c) => c.name.length));
	const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${summaryOf(c.help)}`).join('\n');
	return `usage: crm-workbench <command> <file> [options]
       crm-workbench <command> --help
       crm-workbench --help | --version

The CRM Workbench engine on the command line: the same import rules and analyses as the app.
Prints JSON on stdout (summarize: CSV); messages go to stderr.

commands:
${list}

Every command reading a file takes the column options --customer, --date, --amount, --order
(a header or a 1-based position), --date-format, --delimiter, --encoding, --header true|false,
--kind and --returns keep|drop.

exit codes: 0 done; 2 the input cannot be used (unreadable or invalid file, bad option or
command; one line on stderr); 1 an internal error (a bug: please report it).
NO_COLOR=1 keeps terminal control codes out of the progress line.`;
}
