// Kotler's customer delivered value 客户让渡价值: total customer value (product, service, personnel,
// image) minus total customer cost (money, time, energy, physical effort). The customer is
// expected to buy from whichever offer delivers the most.
import { requireAtLeast } from './teachIssue';

export const VALUE_PARTS = ['product', 'service', 'personnel', 'image'] as const;
export const COST_PARTS = ['money', 'time', 'energy', 'physical'] as const;
export type ValuePart = (typeof VALUE_PARTS)[number];
export type CostPart = (typeof COST_PARTS)[number];

export interface DeliveredValue {
	totalValue: number;
	totalCost: number;
	/** totalValue − totalCost. */
	delivered: number;
	/** totalValue / totalCost; null when nothing costs anything. */
	ratio: number | null;
}

export const DEFAULT_VALUES: Record<ValuePart, number> = {
	product: 60,
	service: 20,
	personnel: 10,
	image: 10
};
export const DEFAULT_COSTS: Record<CostPart, number> = {
	money: 50,
	time: 10,
	energy: 6,
	physical: 4
};

export function deliveredValue(
	values: Record<ValuePart, number>,
	costs: Record<CostPart, number>
): DeliveredValue {
	let totalValue = 0;
	let totalCost = 0;
	for (const k of VALUE_PARTS) {
		requireAtLeast(k, values[k], 0);
		totalValue += values[k];
	}
	for (const k of COST_PARTS) {
		requireAtLeast(k, costs[k], 0);
		totalCost += costs[k];
	}
	return {
		totalValue,
		totalCost,
		delivered: totalValue - totalCost,
		ratio: totalCost > 0 ? totalValue / totalCost : null
	};
}
