import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRetail } from './generateRetail';

const hashOf = (seed: number) => {
	const hash = createHash('sha256');
	for (const file of generateRetail({ seed, customers: 300, respondents: 90 }).files) {
		hash.update(file.name).update(file.bytes);
	}
	return hash.digest('hex');
};

describe('generateRetail', () => {
	it('gives the same bytes for the same seed and other bytes for another seed', () => {
		expect(hashOf(7)).toBe(hashOf(7));
		expect(hashOf(7)).not.toBe(hashOf(8));
	});

	it('writes every file the manifest lists, with its row count and hash', () => {
		const sample = generateRetail({ seed: 11, customers: 200, respondents: 60 });
		const manifestFile = sample.files.find((f) => f.name === 'manifest.json');
		const manifest = JSON.parse(manifestFile?.bytes.toString('utf8') ?? '{}');
		expect(manifest.seed).toBe(11);
		const listed = manifest.files as { name: string; rows: number; sha256: string }[];
		expect(listed.map((f) => f.name).sort()).toEqual(
			sample.files
				.filter((f) => f.name !== 'manifest.json')
				.map((f) => f.name)
				.sort()
		);
		for (const entry of listed) {
			const file = sample.files.find((f) => f.name === entry.name);
			if (!file) throw new Error(`missing ${entry.name}`);
			// Rows = line breaks minus the header line (no field in the samples spans lines).
			const lines = file.bytes.toString('latin1').split('\n').length - 1;
			expect(entry.rows).toBe(lines - 1);
			expect(entry.sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
		}
		expect(listed.find((f) => f.name === 'customers.csv')?.rows).toBe(200);
		expect(listed.find((f) => f.name === 'survey.csv')?.rows).toBe(60);
	});

	it('matches the bundled files in static/samples/retail (regenerate after changes)', () => {
		const dir = new URL('../../static/samples/retail/', import.meta.url);
		const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8'));
		const sample = generateRetail({ seed: manifest.seed, customers: manifest.customers });
		for (const file of sample.files) {
			const onDisk = readFileSync(new URL(file.name, dir));
			expect(onDisk.equals(file.bytes), file.name).toBe(true);
		}
	});
});
