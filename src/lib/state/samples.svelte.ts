// The bundled samples, loaded with one click through the same import pipeline as a dropped file.
import { assets } from '$app/paths';
import { t } from '$lib/i18n/i18n.svelte';
import { importer, type ImportJob } from './importer.svelte';
import { workspace } from './workspace.svelte';

export interface SampleFile {
	path: string;
	name: string;
	/**
	 * Rating scales the sample's documentation states (docs/samples.md): the answers alone would
	 * read `recommend` as 1–10 (nobody answered 0), but the question was asked on 0–10.
	 */
	scales?: Record<string, [number, number]>;
}

/**
 * `currency`: what the sample's documentation states its amounts are in — the teaching
 * retailer's in CNY (docs/samples.md, the manifest's `currency`), CDNOW's in US dollars
 * (static/samples/cdnow/README.md). Declared, as a user would choose it in the import step.
 */
export const SAMPLES: Record<string, { files: SampleFile[]; currency?: string }> = {
	retail: {
		currency: 'CNY',
		files: [
			{ path: 'retail/customers.csv', name: 'Retail customers' },
			{ path: 'retail/transactions.csv', name: 'Retail transactions' },
			{ path: 'retail/survey.csv', name: 'Retail survey', scales: { recommend: [0, 10] } }
		]
	},
	'retail-zh': {
		currency: 'CNY',
		files: [
			{ path: 'retail/customers_zh.csv', name: '零售客户资料' },
			{ path: 'retail/transactions_zh.csv', name: '零售交易记录' },
			{ path: 'retail/survey_zh.csv', name: '零售满意度调查', scales: { 推荐意向: [0, 10] } }
		]
	},
	// The complaint log of the teaching retailer (issue 18), loaded on its own from the Churn view
	// so loading the retail sample still gives its three datasets.
	'retail-complaints': {
		files: [{ path: 'retail/complaints.csv', name: 'Retail complaints' }]
	},
	'retail-complaints-zh': {
		files: [{ path: 'retail/complaints_zh.csv', name: '零售投诉记录' }]
	},
	cdnow: { currency: 'USD', files: [{ path: 'cdnow/CDNOW_sample.txt', name: 'CDNOW sample' }] },
	ecsi: { files: [{ path: 'ecsi/mobi.csv', name: 'ECSI mobile survey' }] }
};

class SampleLoader {
	loading = $state<string | null>(null);
	error = $state<string | null>(null);
}
export const sampleLoader = new SampleLoader();

/** Imports a sample unless the workspace already has it; resolves when every file is stored. */
export async function loadSample(name: string): Promise<void> {
	const sample = SAMPLES[name];
	if (!sample) return;
	await workspace.init();
	if (workspace.datasets.some((d) => d.sample === name)) return;
	sampleLoader.loading = name;
	sampleLoader.error = null;
	try {
		const files = await Promise.all(
			sample.files.map(async (f) => {
				// The app shell works offline; a sample is kept only once it has been used.
				const res = await fetch(`${assets}/samples/${f.path}`).catch((e: unknown) => {
					throw navigator.onLine ? e : new Error(t('offlineSample.notCached'));
				});
				if (!res.ok) throw new Error(`${f.path}: ${res.status}`);
				return { name: f.name, blob: await res.blob(), currency: sample.currency };
			})
		);
		await new Promise<void>((resolveAll, rejectAll) => {
			let left = files.length;
			const jobs: ImportJob[] = importer.add(files, true, name, () => {
				if (--left === 0) resolveAll();
			});
			// A sample that fails to import is a bug; surface it rather than wait forever.
			const check = setInterval(() => {
				const failed = jobs.find((j) => j.status === 'failed');
				if (failed) {
					clearInterval(check);
					rejectAll(new Error(failed.error ?? failed.problem?.code ?? 'failed'));
				}
				if (jobs.every((j) => j.status === 'done')) clearInterval(check);
			}, 200);
		});
		// Sample jobs finished: remove them from the import list.
		importer.jobs = importer.jobs.filter((j) => j.sample !== name);
	} catch (e) {
		sampleLoader.error = e instanceof Error ? e.message : String(e);
	} finally {
		sampleLoader.loading = null;
	}
}

/** Scales stated by the documentation of the sample file a dataset came from (none otherwise). */
export function statedScales(ds: {
	sample?: string;
	name: string;
}): Record<string, [number, number]> {
	const file = ds.sample ? SAMPLES[ds.sample]?.files.find((f) => f.name === ds.name) : undefined;
	return file?.scales ?? {};
}
