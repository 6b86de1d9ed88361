import { describe, expect, it } from 'vitest';
import { optionsFromHelp } from './optionsFromHelp';

describe('optionsFromHelp: the options a first-style help text names', () => {
	it.each([
		{ help: 'usage: cli x <file> [--as-of YYYY-MM-DD]', want: { 'as-of': 'string' } },
		{ help: 'usage: cli x <file> [--grain week|month]', want: { grain: 'string' } },
		{ help: 'usage: cli x <file> [--verbose]', want: { verbose: 'boolean' } },
		{ help: '[--dry-run] [--bins 5]', want: { 'dry-run': 'boolean', bins: 'string' } },
		{ help: '[--all --limit N]', want: { all: 'boolean', limit: 'string' } },
		{ help: '[--cuts 5,15 | --preset a|b]', want: { cuts: 'string', preset: 'string' } },
		{ help: '[--delimiter , | ;]', want: { delimiter: 'string' } },
		{ help: '--out=FILE', want: { out: 'string' } },
		// Named as a flag in prose first, with a value later: it takes a value.
		{ help: 'see --unit.\n[--unit day|week]', want: { unit: 'string' } },
		{ help: 'no options here', want: {} }
	])('$help', ({ help, want }) => {
		const got = Object.fromEntries(
			Object.entries(optionsFromHelp(help)).map(([k, v]) => [k, v.type])
		);
		expect(got).toEqual(want);
	});
});
