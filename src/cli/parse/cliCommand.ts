// A command of the CLI: its name, its --help text, the options it accepts and the function that
// runs it. `cliCommand(name, HELP, run)` registers a command written in the first style (a help
// text and `run(file, options: Record<string, string>)`) in one line; a table of options next
// to its code adds to, or corrects the type of, what its help text names.
import { COLUMN_OPTIONS, GLOBAL_OPTIONS, type OptionTable } from './optionTable';
import { optionsFromHelp } from './optionsFromHelp';
import { sheetsRead } from '../readWorkbookFile';

export interface CliCommand {
	name: string;
	help: string;
	/** Every option the command accepts: global, column, named in its help, and declared. */
	options: OptionTable;
	run(file: string, options: Record<string, string>): unknown;
}

export function cliCommand(
	name: string,
	help: string,
	run: (file: string, options: Record<string, string>) => unknown,
	declared: OptionTable = {}
): CliCommand {
	const options: OptionTable = Object.assign(
		Object.create(null),
		COLUMN_OPTIONS,
		optionsFromHelp(help),
		declared,
		GLOBAL_OPTIONS
	);
	return { name, help, options, run: (file, opts) => namingSheets(() => run(file, opts)) };
}

/** A command's result, plus the workbook sheet(s) it read (issue 17): the output names them. */
async function namingSheets(run: () => unknown): Promise<unknown> {
	sheetsRead.length = 0;
	const result = await run();
	if (!sheetsRead.length || !result || typeof result !== 'object' || Array.isArray(result))
		return result;
	return { ...result, workbook: sheetsRead.length === 1 ? sheetsRead[0] : [...sheetsRead] };
}

/** The first sentence of a help text after its usage lines: the command's line in `--help`. */
export function summaryOf(help: string): string {
	const line = help
		.split('\n')
		.find((l) => l.trim() !== '' && !l.startsWith('usage:') && !/^\s/.test(l));
	if (!line) return '';
	const stop = line.search(/[.:]( |$)/);
	return stop > 0 ? line.slice(0, stop) : line;
}
