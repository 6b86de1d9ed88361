// The value pyramid's tiers from the value analysis, top first: each tier's name and colour, its
// value share inside the shape, and two lines beside it — its customers with their share, then
// its share of the basis. When the total value is not positive shares mean nothing: no text
// inside, and the second line is the tier's value itself.
import type { PyramidTier } from '$lib/analytics/value/pyramidCuts';
import type { PyramidTierRow } from '$lib/analytics/value/valuePyramid';

export interface PyramidTierMark {
	key: string;
	label: string;
	color: string;
	inside: string | undefined;
	lines: string[];
}

export interface PyramidChartText {
	tier: (name: PyramidTier) => string;
	/** "412 customers (17.5 %)". */
	customers: (n: number, share: number) => string;
	/** "38.2 % of net revenue". */
	valueShare: (share: number) => string;
	/** The share inside the shape, short: "38 %". */
	inside: (share: number) => string;
	money: (v: number) => string;
}

export function pyramidChart(
	tiers: readonly PyramidTierRow[],
	colors: readonly string[],
	text: PyramidChartText
): PyramidTierMark[] {
	return tiers.map((tier, i) => ({
		key: tier.name,
		label: text.tier(tier.name),
		color: colors[i % colors.length],
		inside: tier.valueShare === null ? undefined : text.inside(tier.valueShare),
		lines: [
			text.customers(tier.customers, tier.customerShare),
			tier.valueShare === null ? text.money(tier.value) : text.valueShare(tier.valueShare)
		]
	}));
}
