// What the folded item table says about the mapping in force: how many items feed a construct,
// into how many constructs, how many are left out, and how many scales wait for a confirmation
// (the same "please confirm" rule as MappingPanel: ambiguous and read from the item's answers).
import type { ItemSetup } from '$lib/engine/satisfaction/satisfactionSetup';

export interface MappingCounts {
	items: number;
	used: number;
	constructs: number;
	unused: number;
	unsure: number;
}

type Item = Pick<ItemSetup, 'construct' | 'ambiguous' | 'scaleSource'>;

export function mappingCounts(items: readonly Item[]): MappingCounts {
	const used = items.filter((i) => i.construct);
	return {
		items: items.length,
		used: used.length,
		constructs: new Set(used.map((i) => i.construct)).size,
		unused: items.length - used.length,
		unsure: items.filter((i) => i.ambiguous && i.scaleSource === 'item').length
	};
}
