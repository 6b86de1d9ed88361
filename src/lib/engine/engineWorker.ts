// Engine worker: keeps the workspace's datasets as columnar tables and runs analyses on
// them, so no analysis ever blocks the page. Datasets arrive from the import worker or are
// read back from IndexedDB after a reload.
import { unpackLabels, type PackedDataset } from '../data/tables/packLabels';
import type { EngineRequest, EngineResponse } from '../data/worker/protocol';
import { analysisNamed } from './registry';
import { AnalysisProblem, type AnalysisContext } from './context';
import type { ColumnarDataset } from '../data/tables/toTables';
import {
	toCustomerTable,
	toSummaryTable,
	toSurveyTable,
	toTransactionTable
} from '../data/tables/toTables';
import type { WorkbenchDB } from '../data/db/schema';
import { openWorkbenchDb } from '../data/db/openWorkbenchDb';
import { loadDataset } from '../data/db/datasetStore';
import { filteredContext } from './filter/filteredContext';
import { readEngineFilters } from './filter/engineFilters';

const datasets = new Map<string, ColumnarDataset>();
const tables = new Map<string, unknown>();
let db: WorkbenchDB | null | undefined;

function post(msg: EngineResponse) {
	(self as unknown as Worker).postMessage(msg);
}

/** Datasets announced by 'receive' whose columns are still on their way from the import worker. */
const arriving = new Map<string, Promise<void>>();

function add(id: string, packed: PackedDataset) {
	datasets.set(id, unpackLabels(packed));
	for (const k of [...tables.keys()]) if (k.endsWith(`|${id}`)) tables.delete(k);
}

async function dataset(id: string): Promise<ColumnarDataset> {
	await arriving.get(id);
	const hit = datasets.get(id);
	if (hit) return hit;
	if (db === undefined) db = await openWorkbenchDb();
	const stored = db ? await loadDataset(db, id) : null;
	if (!stored) throw new AnalysisProblem('dataset_missing', { id });
	const ds = { rows: stored.record.rows, fields: stored.record.fields, columns: stored.columns };
	datasets.set(id, ds);
	return ds;
}

function cached<T>(key: string, make: () => T): T {
	if (!tables.has(key)) tables.set(key, make());
	return tables.get(key) as T;
}

function context(requestId: number): AnalysisContext {
	return {
		dataset,
		transactions: async (id) => {
			const ds = await dataset(id);
			return cached(`tx|${id}`, () => toTransactionTable(ds));
		},
		customers: async (id) => {
			const ds = await dataset(id);
			return cached(`cu|${id}`, () => toCustomerTable(ds));
		},
		survey: async (id) => {
			const ds = await dataset(id);
			return cached(`sv|${id}`, () => toSurveyTable(ds));
		},
		summary: async (id) => {
			const ds = await dataset(id);
			return cached(`su|${id}`, () => toSummaryTable(ds));
		},
		progress: (fraction) => post({ type: 'progress', requestId, fraction })
	};
}

self.onmessage = async (e: MessageEvent<EngineRequest>) => {
	const msg = e.data;
	if (msg.type === 'add') {
		add(msg.id, msg.dataset);
		return;
	}
	if (msg.type === 'receive') {
		const { id, port } = msg;
		arriving.set(
			id,
			new Promise<void>((resolve) => {
				port.onmessage = (e: MessageEvent<PackedDataset>) => {
					add(id, e.data);
					arriving.delete(id);
					port.close();
					resolve();
				};
			})
		);
		return;
	}
	if (msg.type === 'forget') {
		datasets.delete(msg.id);
		for (const k of [...tables.keys()]) if (k.includes(msg.id)) tables.delete(k);
		return;
	}
	if (msg.type === 'load') {
		try {
			await dataset(msg.id);
			post({ type: 'result', requestId: msg.requestId, result: true });
		} catch (err) {
			post({
				type: 'failed',
				requestId: msg.requestId,
				code: 'dataset_missing',
				message: String(err)
			});
		}
		return;
	}
	const run = analysisNamed(msg.analysis);
	if (!run) {
		post({
			type: 'failed',
			requestId: msg.requestId,
			code: 'unknown_analysis',
			message: msg.analysis
		});
		return;
	}
	try {
		const t0 = performance.now();
		// The workspace filter applies here, once, to whatever the analysis reads.
		const ctx = filteredContext(context(msg.requestId), readEngineFilters(msg.params));
		const result = await run(ctx, msg.params);
		post({ type: 'result', requestId: msg.requestId, result, ms: performance.now() - t0 });
	} catch (err) {
		if (err instanceof AnalysisProblem)
			post({
				type: 'failed',
				requestId: msg.requestId,
				code: err.code,
				message: JSON.stringify(err.values)
			});
		else if (
			err &&
			typeof err === 'object' &&
			'code' in err &&
			typeof (err as { code: unknown }).code === 'string'
		)
			post({
				type: 'failed',
				requestId: msg.requestId,
				code: (err as { code: string }).code,
				message: JSON.stringify(err)
			});
		else
			post({
				type: 'failed',
				requestId: msg.requestId,
				code: 'internal',
				message: err instanceof Error ? err.message : String(err)
			});
	}
};
