// The adapter for a command written in the first style (a help text and a function of
// `options: Record<string, string>`, no table): its options are the ones its help text names.
// `--name VALUE` or `--name a|b` takes a value; a name followed by nothing but `]`, `,`, `|` or
// another option is a flag. A help text is the command's documentation, so what it names is
// exactly what a user may type.
import type { OptionTable } from './optionTable';

const OPTION = /--([a-z][a-z0-9-]*)/g;
/** What may follow a flag's name: nothing, a closing bracket, a separator or another option. */
const AFTER_FLAG = /^(?:$|[\]),|]|\s+(?:$|\[|--|\||\]|or\b|and\b))/;

export function optionsFromHelp(help: string): OptionTable {
	const table: OptionTable = Object.create(null);
	for (const m of help.matchAll(OPTION)) {
		const name = m[1];
		const at = (m.index ?? 0) + m[0].length;
		const lineEnd = help.indexOf('\n', at);
		const after = help.slice(at, lineEnd < 0 ? help.length : lineEnd);
		// Named once as a flag and once with a value (e.g. in prose): the value wins.
		if (table[name]?.type === 'string') continue;
		table[name] = { type: AFTER_FLAG.test(after) ? 'boolean' : 'string' };
	}
	return table;
}
