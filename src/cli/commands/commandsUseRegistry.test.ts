// Every CLI command reaches the app's analyses through the engine registry (runAnalysis), never
// by calling src/lib/analytics itself: a command that imports an analysis function fails here.
// Type imports are free; value imports from analytics/ are allowed only for the names below,
// each with why a command needs it without running an analysis.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'src/cli/commands';

/** Module (after lib/analytics/) → value names a command may import, and why. */
const ALLOWED: Record<string, { names: string[]; why: string }> = {
	dates: {
		names: ['dayFromISO', 'isoFromDay', 'dayFromYMD'],
		why: 'reading --as-of / --calibration-end and printing days as ISO dates'
	},
	defaults: { names: ['DEFAULTS'], why: 'quoting and applying the documented option defaults' },
	clv: { names: ['HOLDOUT_MISS', 'ONE_TIMER_FACTOR'], why: 'quoted in cli compare --help' },
	// summarize --what btyd is docs/sql/btyd run in DuckDB: no analysis function, only these two.
	'clv/unitDays': { names: ['unitDays'], why: 'days per --unit in the SQL of summarize btyd' },
	'clv/clvTypes': { names: ['clvIssue'], why: "wording summarize btyd's notes as cli fit does" },
	lifecycle: {
		names: ['COHORT_METRICS', 'GRAINS', 'DEFAULT_CHURN_RULE'],
		why: 'checking --metric / --grain and quoting the churn rule defaults in --help'
	},
	'satisfaction/index': {
		names: ['CONSTRUCTS', 'KNOWN_SCALES', 'isConstruct'],
		why: 'checking --map and --scale values before the analysis runs'
	},
	'value/pyramidCuts': { names: ['pyramidPresets'], why: 'the cut percentages of --preset' }
};

/** Commands that run an analysis: each must import runAnalysis from the registry. */
const ANALYSIS_COMMANDS = [
	'rfm',
	'pyramid',
	'fit',
	'predict',
	'compare',
	'cohorts',
	'lifecycle',
	'survival',
	'survey',
	'churn',
	'crossbuy',
	'loyalty',
	'summarizeRfm',
	'summarizeCohorts'
];

/** Value names a file imports from src/lib/analytics that ALLOWED does not list. */
export function forbiddenAnalyticsImports(text: string): string[] {
	const out: string[] = [];
	const statement = /^\s*import\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;
	for (const m of text.matchAll(statement)) {
		const spec = m[3];
		const at = spec.indexOf('lib/analytics/');
		if (m[1] || at < 0) continue;
		const module = spec.slice(at + 'lib/analytics/'.length);
		const names = m[2].trim();
		// A default or namespace import takes the whole module: never allowed.
		if (!/^\{[\s\S]*\}$/.test(names)) {
			out.push(`${names} from ${module}`);
			continue;
		}
		for (const raw of names.slice(1, -1).split(',')) {
			const name = raw.trim();
			if (name === '' || name.startsWith('type ')) continue;
			const imported = name.split(/\s+as\s+/)[0];
			if (!ALLOWED[module]?.names.includes(imported)) out.push(`${imported} from ${module}`);
		}
	}
	return out;
}

describe('the reader itself (a probe per kind of import)', () => {
	it.each<[string, string[]]>([
		["import { fitReport } from '../../lib/analytics/clv';", ['fitReport from clv']],
		["import { isoFromDay } from '../../lib/analytics/dates';", []],
		["import type { FitReport } from '../../lib/analytics/clv';", []],
		[
			"import { type Scale, nps } from '../../lib/analytics/satisfaction/index';",
			['nps from satisfaction/index']
		],
		[
			"import { dayFromISO as d, cohortTable } from '../lib/analytics/lifecycle';",
			['dayFromISO from lifecycle', 'cohortTable from lifecycle']
		],
		["import * as clv from '../../lib/analytics/clv';", ['* as clv from clv']],
		[
			"import {\n\tGRAINS,\n\tcohortsReport\n} from '../../lib/analytics/lifecycle';",
			['cohortsReport from lifecycle']
		],
		["import { DEFAULTS } from '../../lib/analytics/defaults';", []]
	])('%j → %j', (text, expected) => {
		expect(forbiddenAnalyticsImports(text)).toEqual(expected);
	});
});

describe('CLI commands reach analyses through the registry', () => {
	const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

	it('reads the commands folder (guards the file list)', () => {
		expect(files.length).toBeGreaterThan(15);
		for (const c of ANALYSIS_COMMANDS) expect(files).toContain(`${c}.ts`);
	});

	it('no command imports an analysis function from src/lib/analytics', () => {
		const found = files.flatMap((f) =>
			forbiddenAnalyticsImports(readFileSync(join(DIR, f), 'utf8')).map((i) => `${f}: ${i}`)
		);
		expect(found).toEqual([]);
	});

	it.each(ANALYSIS_COMMANDS)('%s.ts imports runAnalysis from the engine registry', (c) => {
		const text = readFileSync(join(DIR, `${c}.ts`), 'utf8');
		expect(text).toMatch(
			/import \{[^}]*\brunAnalysis\b[^}]*\} from '\.\.\/\.\.\/lib\/engine\/registry'/
		);
		expect(text).toMatch(/runAnalysis\(/);
	});
});
