// Every pair of scored groups' NPS difference (npsDifference), so the NPS card can show any two
// the user picks without another engine run. k groups give k(k−1)/2 pairs (45 at the 10-group cap).
import {
	npsDifference,
	type NpsDifference,
	type NpsResult,
	type SatisfactionIssue
} from '../../analytics/satisfaction/index';

export interface NpsPair extends NpsDifference {
	a: string;
	b: string;
}

export function npsPairs(
	groups: { label: string; result: NpsResult | SatisfactionIssue }[]
): NpsPair[] {
	const scored = groups.filter(
		(g): g is { label: string; result: NpsResult } => !('code' in g.result)
	);
	const out: NpsPair[] = [];
	for (let i = 0; i < scored.length; i++)
		for (let j = i + 1; j < scored.length; j++)
			out.push({
				a: scored[i].label,
				b: scored[j].label,
				...npsDifference(scored[i].result, scored[j].result)
			});
	return out;
}
