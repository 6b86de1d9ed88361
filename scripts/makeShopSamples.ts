// Writes the shop-export test fixtures (tests/fixtures/shops/) and teaching samples
// (static/samples/shops/): the same orders in every recognised layout. Deterministic; a test
// (tests/unit/shopSamples.test.ts) fails when the committed files differ from what this writes.
//   npx tsx scripts/makeShopSamples.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { shopSampleFiles } from './samples/shops/shopSampleFiles';

const { files, orders, dropped } = shopSampleFiles(
	readFileSync('static/samples/retail/transactions.csv', 'utf8')
);
for (const [path, bytes] of files) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, bytes);
}
console.log(`${orders} orders in each sample; ${dropped} returns without an order left out`);
