// The committed shop fixtures and samples are exactly what scripts/makeShopSamples.ts writes
// now (never stale), and the samples stay small.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shopSampleFiles } from '../../scripts/samples/shops/shopSampleFiles';

describe('shop samples and fixtures', () => {
	const { files } = shopSampleFiles(readFileSync('static/samples/retail/transactions.csv', 'utf8'));
	it.each([...files.keys()])('%s is what the generator writes', (path) => {
		expect(Buffer.from(readFileSync(path)).equals(Buffer.from(files.get(path)!))).toBe(true);
	});
	it('all samples together are under 400 KB', () => {
		let total = 0;
		for (const [path, bytes] of files) if (path.startsWith('static/')) total += bytes.length;
		expect(total).toBeLessThan(400 * 1024);
	});
});
