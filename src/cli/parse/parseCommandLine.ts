// The command line of `crm-workbench`: `<command> <file> [options]`, read by Node's own
// util.parseArgs against the command's table of options. Typos get the nearest valid name;
// --help / -h anywhere shows the help of the level it is given at.
import { parseArgs } from 'node:util';
import { CliError } from '../args';
import type { CliCommand } from './cliCommand';
import { nearestName } from './nearestName';

export type CommandLine =
	| { action: 'help'; command: CliCommand | null }
	| { action: 'version' }
	| { action: 'usage' }
	| { action: 'run'; command: CliCommand; file: string; options: Record<string, string> };

const isHelp = (a: string) => a === '--help' || a === '-h';

function suggestion(name: string | null, prefix = ''): string {
	return name === null ? '' : ` (did you mean ${prefix}${name}?)`;
}

/** A parseArgs error as one line naming the option, with the nearest valid one. */
function optionError(e: unknown, command: CliCommand): CliError {
	const err = e as { code?: string; message?: string };
	const message = String(err.message ?? e);
	const typed = /'(-{1,2}[^' =]+)/.exec(message)?.[1] ?? '';
	const name = typed.replace(/^-+/, '');
	const known = Object.keys(command.options);
	switch (err.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return new CliError(
				`${command.name}: unknown option ${typed}${suggestion(nearestName(name, known), '--')}; ` +
					`see crm-workbench ${command.name} --help`
			);
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return new CliError(
				command.options[name]?.type === 'boolean'
					? `${command.name}: ${typed} takes no value`
					: `${command.name}: ${typed} needs a value (${typed} VALUE or ${typed}=VALUE)`
			);
		default:
			return new CliError(`${command.name}: ${message.split('\n')[0]}`);
	}
}

export function parseCommandLine(argv: string[], commands: readonly CliCommand[]): CommandLine {
	if (argv.length === 0) return { action: 'usage' };
	const [first, ...rest] = argv;
	if (isHelp(first)) return { action: 'help', command: null };
	if (first === '--version') return { action: 'version' };
	const byName = (n: string) => commands.find((c) => c.name === n) ?? null;
	if (first === 'help') {
		if (rest.length === 0) return { action: 'help', command: null };
		const c = byName(rest[0]);
		if (c) return { action: 'help', command: c };
	}
	const names = commands.map((c) => c.name);
	const name = first === 'help' ? rest[0] : first;
	if (name.startsWith('-'))
		throw new CliError(
			`the command comes first: crm-workbench <command> <file> [options] (commands: ${names.join(', ')})`
		);
	const command = byName(name);
	if (!command)
		throw new CliError(
			`unknown command "${name}"${suggestion(nearestName(name, names))}; commands: ${names.join(', ')}`
		);
	// Help wins over anything else on the line, even a typo (the user is asking how).
	const dashDash = rest.indexOf('--');
	if ((dashDash < 0 ? rest : rest.slice(0, dashDash)).some(isHelp))
		return { action: 'help', command };
	let parsed: ReturnType<typeof parseArgs>;
	try {
		parsed = parseArgs({
			args: rest,
			options: command.options,
			strict: true,
			allowPositionals: true
		});
	} catch (e) {
		throw optionError(e, command);
	}
	const [file, ...extra] = parsed.positionals;
	if (file === undefined) throw new CliError(`${command.name}: a file is required (see --help)`);
	if (extra.length > 0)
		throw new CliError(
			`${command.name}: one file at a time (unexpected "${extra[0]}"; an option's value with spaces needs quotes)`
		);
	const options: Record<string, string> = Object.create(null);
	for (const [k, v] of Object.entries(parsed.values)) {
		// A repeatable option keeps every value (joined by a line feed); others the last one.
		const value = Array.isArray(v)
			? command.options[k]?.multiple
				? v.join('\n')
				: v[v.length - 1]
			: v;
		if (value !== undefined) options[k] = value === true ? 'true' : String(value);
	}
	return { action: 'run', command, file, options };
}
