// `cli loyalty <survey.csv>`: the seven loyalty kinds assigned by the default rule table (first
// matching rule wins), with counts, respondents no rule covers, overlaps and rules that cannot
// run because the survey lacks an item.
// Not through engine/registry's `runAnalysis`: this command is synchronous (runCommand, and its
// tests unchanged, call it without await) and every registered analysis is async. It calls what
// the app's `referralLoyaltyAnalysis` runs (`findLoyaltyItems` → `assignLoyaltyKinds` with the
// default rules, in `engine/referral/referralLoyalty`).
import { assignLoyaltyKinds } from '../../lib/analytics/loyalty/assignLoyaltyKinds';
import { findLoyaltyItems } from '../../lib/analytics/loyalty/findLoyaltyItems';
import { DEFAULT_LOYALTY_RULES, type LoyaltyItem } from '../../lib/analytics/loyalty/loyaltyRules';
import { toSurveyTable } from '../../lib/data/tables/toTables';
import { loadFile } from '../loadFile';

export const LOYALTY_HELP = `usage: cli loyalty <survey.csv>
Prints {respondents, kinds: [{kind, count, share}], unassigned, overlapping,
items: {item: column}, rules: [{kind, assigned, matched, missingItems}]}.`;

export function loyaltyCommand(file: string, options: Record<string, string>) {
	const survey = toSurveyTable(loadFile(file, options, 'survey').dataset);
	const items = findLoyaltyItems(Object.keys(survey.items));
	const answers = Object.fromEntries(
		Object.entries(items).map(([item, column]) => [item, survey.items[column]])
	) as Partial<Record<LoyaltyItem, Float64Array>>;
	const r = assignLoyaltyKinds(answers, survey.length, DEFAULT_LOYALTY_RULES);
	return {
		respondents: r.respondents,
		kinds: r.counts,
		unassigned: r.unassigned,
		overlapping: r.overlapping,
		items,
		rules: r.rules
	};
}
