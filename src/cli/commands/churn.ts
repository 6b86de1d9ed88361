// `cli churn <customers.csv> [--complaints FILE] [--survey FILE] [--transactions FILE]
// [--dissatisfied 5]`: churn reasons with customers and lost revenue (revenue needs
// --transactions: net spend in the year up to the last purchase), active vs passive churn, and
// the complaint rate with the silent-dissatisfied iceberg (complaints joined to survey
// respondents by customer id).
// Runs the Churn & complaints view's own `churnAnalysis` through the engine registry and prints
// its report part (the view adds tiers, groups, retention and resolve times).
import type { ColumnarDataset } from '../../lib/data/tables/toTables';
import { runAnalysis } from '../../lib/engine/registry';
import { CliError } from '../args';
import { filesContext } from '../filesContext';
import { loadFile } from '../loadFile';

export const CHURN_HELP = `usage: cli churn <customers.csv> [--complaints FILE] [--survey FILE] [--transactions FILE] [--dissatisfied N]
Prints {reasons: [{reason, customers, revenueLost}], active, passive,
complaints: {rate, silentDissatisfied, complainedDissatisfied}}. revenueLost is null without
--transactions; complaints is null without --complaints; the iceberg counts are null without --survey.`;

export interface ChurnOutput {
	reasons: { reason: string; customers: number; revenueLost: number | null }[];
	active: number;
	passive: number;
	complaints: {
		rate: number;
		silentDissatisfied: number | null;
		complainedDissatisfied: number | null;
	} | null;
}

/** Other files named by an option are read with everything but the first file's format flags. */
const only = (options: Record<string, string>) => {
	const { encoding: _e, delimiter: _d, header: _h, kind: _k, sheet: _s, ...rest } = options;
	return rest;
};

export async function churnCommand(
	file: string,
	options: Record<string, string>
): Promise<ChurnOutput> {
	const datasets = new Map<string, ColumnarDataset>([
		['customers', loadFile(file, options, 'customers').dataset]
	]);
	const other = only(options);
	const read = (flag: string) => {
		const path = options[flag];
		if (path === undefined) return null;
		if (path === 'true' || path === '') throw new CliError(`--${flag}: a file is required`);
		return path;
	};
	const complaintsFile = read('complaints');
	const surveyFile = read('survey');
	const txFile = read('transactions');
	const dissatisfied = options.dissatisfied === undefined ? 5 : Number(options.dissatisfied);
	if (!Number.isFinite(dissatisfied))
		throw new CliError(`--dissatisfied: expected a number, got "${options.dissatisfied}"`);
	if (complaintsFile)
		datasets.set('complaints', loadFile(complaintsFile, other, ['complaints', 'survey']).dataset);
	if (surveyFile) datasets.set('survey', loadFile(surveyFile, other, 'survey').dataset);
	if (txFile) datasets.set('transactions', loadFile(txFile, other, 'transactions').dataset);
	const { report } = await runAnalysis(filesContext(datasets), 'churnAnalysis', {
		customersId: 'customers',
		complaintsId: complaintsFile ? 'complaints' : null,
		surveyId: surveyFile ? 'survey' : null,
		transactionsId: txFile ? 'transactions' : null,
		dissatisfied
	});
	if (!report.reasons)
		throw new CliError(
			`${file}: no churn reason or churn type column (e.g. churn_reason, churn_type)`
		);
	const c = report.complaints;
	return {
		reasons: report.reasons.reasons.map((r) => ({
			reason: r.reason,
			customers: r.customers,
			revenueLost: r.revenueLost === null ? null : Math.round(r.revenueLost * 100) / 100
		})),
		active: report.reasons.active,
		passive: report.reasons.passive,
		complaints: c && {
			rate: c.rate,
			silentDissatisfied: c.iceberg?.silentDissatisfied ?? null,
			complainedDissatisfied: c.iceberg?.complainedDissatisfied ?? null
		}
	};
}
