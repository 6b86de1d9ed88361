// `cli survival <file> [--by cohort:month|cohort:quarter|ATTRIBUTE --customers FILE]
// [--inactive-days N] [--rule inactivity|flag] [--as-of D]`: Kaplan–Meier curves of customer
// relationships as R's survival package reports them (number at risk, events, the log-log band,
// the median lifetime with its interval) and the log-rank test between groups. Runs the Lifecycle
// view's own analysis (engine/lifecycle/lifecycleSurvival) over the files.
import { dayFromISO, isoFromDay } from '../../lib/analytics/dates';
import type { LogRank } from '../../lib/analytics/lifecycle';
import { toCustomerTable, toTransactionTable } from '../../lib/data/tables/toTables';
import { AnalysisProblem, type AnalysisContext } from '../../lib/engine/context';
import type { SurvivalResult } from '../../lib/engine/lifecycle/lifecycleResult';
import { format } from '../../lib/i18n/format';
import { lifecycleMessages } from '../../lib/i18n/messages/lifecycle';
import { CliError } from '../args';
import { loadFile } from '../loadFile';
import { asOfOption } from './lifecycle';
import { runAnalysis } from '../../lib/engine/registry';

export const SURVIVAL_HELP = `usage: cli survival <file> [--by cohort:month|cohort:quarter|ATTRIBUTE]
               [--customers FILE] [--inactive-days N] [--rule shared|inactivity|flag]
               [--as-of YYYY-MM-DD]
Kaplan–Meier survival of customer relationships in days since the first purchase. By default a
customer has churned as the shared alive/churned rule decides, the rule of \`cli lifecycle\` and
the app (P(alive) < 0.5 under the better-fitting of MBG/NBD and Pareto/NBD, or the gap rule when
no model fits; a churn flag in --customers FILE overrides it); churnRule in the output names it.
--inactive-days N (or --rule inactivity) uses one threshold for everybody instead (without N:
the 90th percentile of the gaps between purchases); --rule flag uses only the churn flag/date of
--customers FILE. A churned relationship ended at the last purchase; the others are censored at
--as-of (default: the day after the last purchase). --by groups the curves by acquisition cohort
or by a category column of --customers FILE, and adds the log-rank test (R's survdiff).
Intervals are 95 % log-log (R survfit conf.type = "log-log"); the median and its interval follow
survfit's rule. Prints {asOf, rule, churnRule, inactiveDays, churned, active, confType, groups:
[{name, n, events, median, medianLower, medianUpper, points: [{t, atRisk, events, censored,
survival, lower, upper}]}], logRank: {chisq, df, p, observed, expected} | null}.`;

export interface SurvivalOutput {
	asOf: string;
	rule: 'shared' | 'inactivity' | 'flag';
	/** The shared rule's method and parameters when it decided (as `cli lifecycle` prints them). */
	churnRule: { method: string; params: Record<string, number | string> } | null;
	inactiveDays: number | null;
	churned: number;
	active: number;
	confType: 'log-log';
	groups: {
		name: string;
		n: number;
		events: number;
		median: number | null;
		medianLower: number | null;
		medianUpper: number | null;
		points: {
			t: number;
			atRisk: number;
			events: number;
			censored: number;
			survival: number;
			lower: number | null;
			upper: number | null;
		}[];
	}[];
	logRank: LogRank | null;
}

function context(
	txFile: string,
	customersFile: string | undefined,
	options: Record<string, string>
) {
	const tx = loadFile(txFile, options, 'transactions').dataset;
	if (tx.kind !== 'transactions')
		throw new CliError(`${txFile} does not look like transactions (found ${tx.kind})`);
	// The customers file takes only its own column options: the transaction ones name other columns.
	const cu = customersFile ? loadFile(customersFile, {}, 'customers').dataset : null;
	if (cu && cu.kind !== 'customers')
		throw new CliError(
			`${customersFile} does not look like customer attributes (found ${cu.kind})`
		);
	const missing = () => Promise.reject(new AnalysisProblem('dataset_missing'));
	const ctx: AnalysisContext = {
		dataset: (id) => (id === 'cu' && cu ? Promise.resolve(cu) : missing()),
		transactions: async () => {
			try {
				return toTransactionTable(tx);
			} catch {
				throw new CliError(`${txFile}: transactions need a customer id column and a date column`);
			}
		},
		customers: (id) => (id === 'cu' && cu ? Promise.resolve(toCustomerTable(cu)) : missing()),
		survey: missing,
		summary: missing,
		progress: () => {}
	};
	return ctx;
}

async function run(ctx: AnalysisContext, params: Record<string, unknown>): Promise<SurvivalResult> {
	try {
		return await runAnalysis(ctx, 'lifecycleSurvival', params);
	} catch (e) {
		if (e instanceof AnalysisProblem) {
			const text = (lifecycleMessages.en as Record<string, string>)[e.code];
			throw new CliError(text ? format(text, e.values as Record<string, string>) : e.code);
		}
		throw e;
	}
}

export async function survivalCommand(
	file: string,
	options: Record<string, string>
): Promise<SurvivalOutput> {
	const asOfIso = asOfOption(options['as-of']);
	let inactiveDays: number | null = null;
	if (options['inactive-days'] !== undefined) {
		inactiveDays = Number(options['inactive-days']);
		if (!Number.isFinite(inactiveDays))
			throw new CliError(`--inactive-days "${options['inactive-days']}" is not a number`);
	}
	// The shared alive/churned rule (as `cli lifecycle` and the app) unless one threshold is given.
	const rule = (options.rule ?? (inactiveDays !== null ? 'inactivity' : 'shared')).toLowerCase();
	if (rule !== 'shared' && rule !== 'inactivity' && rule !== 'flag')
		throw new CliError(`--rule "${options.rule}" (use shared, inactivity or flag)`);
	const by = options.by;
	const customersFile = options.customers;
	if (rule === 'flag' && !customersFile)
		throw new CliError('--rule flag needs --customers FILE with a churn flag or churn date');
	const ctx = context(file, customersFile, options);
	const base = {
		id: 'tx',
		customersId: customersFile ? 'cu' : null,
		asOf: asOfIso === undefined ? null : dayFromISO(asOfIso),
		inactiveDays,
		rule
	};
	let groupBy = 'none';
	if (by !== undefined) {
		if (by === 'cohort:month' || by === 'cohort:quarter' || by === 'cohort:week') groupBy = by;
		else {
			if (!customersFile)
				throw new CliError(
					`--by "${by}" needs --customers FILE (or use cohort:month, cohort:quarter)`
				);
			const first = await run(ctx, { ...base, groupBy: 'none' });
			const a = first.attributes.find((x) => x.header === by || x.key === by);
			if (!a)
				throw new CliError(
					`--by "${by}": no category column of that name with 2–10 values in ${customersFile}` +
						` (found: ${first.attributes.map((x) => x.header).join(', ') || 'none'})`
				);
			groupBy = `attr:${a.key}`;
		}
	}
	const r = await run(ctx, { ...base, groupBy });
	if (rule === 'flag' && r.rule !== 'flag')
		throw new CliError(`${customersFile} has no churn flag or churn date column`);
	const curves =
		r.groups.length > 0
			? r.groups.map((g, i) => ({ name: g.label, curve: g.curve, m: r.groupMedians[i] }))
			: [{ name: 'all', curve: r.overall, m: r.overallMedian }];
	return {
		asOf: isoFromDay(r.asOf),
		rule: r.rule,
		churnRule: r.churnRule ? { method: r.churnRule.method, params: r.churnRule.params } : null,
		inactiveDays: r.threshold?.used.days ?? null,
		churned: r.churned,
		active: r.active,
		confType: 'log-log',
		groups: curves.map(({ name, curve, m }) => ({
			name,
			n: curve.n,
			events: curve.events,
			median: m.median,
			medianLower: m.lower,
			medianUpper: m.upper,
			points: curve.points.map((p) => ({
				t: p.time,
				atRisk: p.atRisk,
				events: p.events,
				censored: p.censored,
				survival: p.survival,
				lower: p.lower,
				upper: p.upper
			}))
		})),
		logRank: r.logRank
	};
}
