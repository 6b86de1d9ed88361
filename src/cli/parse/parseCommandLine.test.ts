// The command line as a user types it: every level answers --help on stdout, typos name the
// nearest valid option or command, and what reaches a command is the Record<string, string>
// the first-style commands read.
import { describe, expect, it } from 'vitest';
import { CliError } from '../args';
import { cliCommand } from './cliCommand';
import { parseCommandLine, type CommandLine } from './parseCommandLine';

const HELP = `usage: cli demo <file> [--as-of YYYY-MM-DD] [--grain week|month] [--verbose]
Does a demo.`;
const demo = cliCommand('demo', HELP, () => null);
const other = cliCommand('other', 'usage: cli other <file> [--n N]\nAnother.', () => null, {
	quiet: { type: 'boolean', short: 'q' }
});
const COMMANDS = [demo, other];

function run(argv: string[]): CommandLine {
	return parseCommandLine(argv, COMMANDS);
}
function error(argv: string[]): string {
	try {
		run(argv);
	} catch (e) {
		expect(e).toBeInstanceOf(CliError);
		return (e as Error).message;
	}
	throw new Error('no error');
}

describe('parseCommandLine: actions', () => {
	it.each([
		{ argv: [], want: { action: 'usage' } },
		{ argv: ['--help'], want: { action: 'help', command: null } },
		{ argv: ['-h'], want: { action: 'help', command: null } },
		{ argv: ['help'], want: { action: 'help', command: null } },
		{ argv: ['--version'], want: { action: 'version' } },
		{ argv: ['demo', '--help'], want: { action: 'help', command: demo } },
		{ argv: ['demo', '-h'], want: { action: 'help', command: demo } },
		{ argv: ['help', 'demo'], want: { action: 'help', command: demo } },
		// Help wins over a typo on the same line: the user is asking how.
		{ argv: ['demo', 'f.csv', '--as-off', 'x', '--help'], want: { action: 'help', command: demo } }
	])('$argv', ({ argv, want }) => {
		expect(run(argv)).toEqual(want);
	});

	it('options reach the command as strings, booleans as "true", column options included', () => {
		const line = run([
			'demo',
			'f.csv',
			'--as-of',
			'2025-01-01',
			'--grain=week',
			'--verbose',
			'--customer',
			'客户编号'
		]);
		expect(line.action).toBe('run');
		if (line.action !== 'run') return;
		expect(line.file).toBe('f.csv');
		expect({ ...line.options }).toEqual({
			'as-of': '2025-01-01',
			grain: 'week',
			verbose: 'true',
			customer: '客户编号'
		});
	});

	it('a declared table adds short flags to what the help names', () => {
		const line = run(['other', 'f.csv', '-q', '--n', '3']);
		expect(line.action === 'run' && { ...line.options }).toEqual({ quiet: 'true', n: '3' });
	});
});

describe('parseCommandLine: mistakes get one clear line', () => {
	it.each([
		[['dmeo', 'f.csv'], 'unknown command "dmeo" (did you mean demo?); commands: demo, other'],
		[['zzz'], 'unknown command "zzz"; commands: demo, other'],
		[
			['demo', 'f.csv', '--as-off', '2025-01-01'],
			'demo: unknown option --as-off (did you mean --as-of?); see crm-workbench demo --help'
		],
		[
			['demo', 'f.csv', '--gran', 'week'],
			'demo: unknown option --gran (did you mean --grain?); see crm-workbench demo --help'
		],
		[['demo', 'f.csv', '--as-of'], 'demo: --as-of needs a value (--as-of VALUE or --as-of=VALUE)'],
		[['demo', 'f.csv', '--verbose=yes'], 'demo: --verbose takes no value'],
		[['demo'], 'demo: a file is required (see --help)'],
		[
			['demo', 'a.csv', 'b.csv'],
			'demo: one file at a time (unexpected "b.csv"; an option\'s value with spaces needs quotes)'
		],
		[
			['--as-of', '2025-01-01', 'demo'],
			'the command comes first: crm-workbench <command> <file> [options] (commands: demo, other)'
		]
	])('%j → %s', (argv, message) => {
		expect(error(argv)).toBe(message);
	});
});
