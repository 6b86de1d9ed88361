// Gives the sample's categories a cross-buying structure after the orders are drawn: Apparel
// goes with Beauty and Home with Food (complementary pairs), Electronics leans to Books, and
// customers in Tier 3 and smaller cities rarely add Beauty. Only the category label moves: the
// draw that sized each amount and decided each return ran before, on its own stream, so
// amounts, dates, returns and every other column keep their bytes (the first release drew
// categories without pairs, and many tests read those other columns).
import { createRng, mixSeed } from './createRng';
import type { SampleCustomer } from './drawCustomers';
import type { SampleTransactions } from './drawTransactions';

/** Its own stream, so no other draw of the generator moves. */
const STREAM_PAIRS = 8;

const APPAREL = 0;
const ELECTRONICS = 1;
const HOME = 2;
const BEAUTY = 3;
const FOOD = 4;
const BOOKS = 5;

/** Each category's complement and how often a side purchase turns into it. */
const PARTNER: readonly [partner: number, chance: number][] = [
	[BEAUTY, 0.85],
	[BOOKS, 0.4],
	[FOOD, 0.9],
	[APPAREL, 0.85],
	[HOME, 0.9],
	[ELECTRONICS, 0.4]
];

/** Chance that a lower-tier customer's side purchase of Beauty is one of the main category. */
const LOW_TIER_NO_BEAUTY = 0.85;

/** The category each customer's side purchases of each drawn category become. */
export function categoryMaps(seed: number, customers: SampleCustomer[]): number[][] {
	return customers.map((c) => {
		const rng = createRng(mixSeed(seed, STREAM_PAIRS, c.index));
		const [partner, chance] = PARTNER[c.primaryCategory];
		const lowTier = c.cityTier === 'Tier 3' || c.cityTier === 'Tier 4+';
		return [APPAREL, ELECTRONICS, HOME, BEAUTY, FOOD, BOOKS].map((drawn) => {
			if (drawn === c.primaryCategory) return drawn;
			// Always two draws per category, so one customer's map never shifts another's.
			const toPartner = rng.bernoulli(chance);
			const dropBeauty = rng.bernoulli(LOW_TIER_NO_BEAUTY);
			const shown = toPartner ? partner : drawn;
			return lowTier && shown === BOOKS && dropBeauty ? c.primaryCategory : shown;
		});
	});
}

/** Relabels every purchase (returns point at their purchase, so they follow). */
export function pairCategories(
	seed: number,
	customers: SampleCustomer[],
	tx: SampleTransactions
): void {
	const maps = categoryMaps(seed, customers);
	for (const p of tx.purchases) p.category = maps[p.customer][p.category];
}
