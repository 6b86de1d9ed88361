// `cli loyalty <survey.csv>`: the seven loyalty kinds assigned by the default rule table (first
// matching rule wins), with counts, respondents no rule covers, overlaps and rules that cannot
// run because the survey lacks an item.
// Runs the Referral & loyalty view's own `referralLoyaltyAnalysis` through the engine registry
// (default rules; kinds assigned even when the survey has none of the items).
import type { ColumnarDataset } from '../../lib/data/tables/toTables';
import { runAnalysis } from '../../lib/engine/registry';
import { filesContext } from '../filesContext';
import { loadFile } from '../loadFile';

export const LOYALTY_HELP = `usage: cli loyalty <survey.csv>
Prints {respondents, kinds: [{kind, count, share}], unassigned, overlapping,
items: {item: column}, rules: [{kind, assigned, matched, missingItems}]}.`;

export async function loyaltyCommand(file: string, options: Record<string, string>) {
	const survey = loadFile(file, options, 'survey').dataset;
	const ctx = filesContext(new Map<string, ColumnarDataset>([['survey', survey]]));
	const { loyalty } = await runAnalysis(ctx, 'referralLoyaltyAnalysis', {
		surveyId: 'survey',
		keepEmpty: true
	});
	// keepEmpty: a survey always gives the loyalty part.
	const r = loyalty!.result;
	return {
		respondents: r.respondents,
		kinds: r.counts,
		unassigned: r.unassigned,
		overlapping: r.overlapping,
		items: loyalty!.items,
		rules: r.rules
	};
}
