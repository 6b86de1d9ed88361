// Engine worker: keeps the workspace's datasets as columnar tables and runs analyses on
// them, so no analysis ever blocks the page. Datasets arrive from the import worker or are
// read back from IndexedDB after a reload.
import { unpackLabels, type PackedDataset } from '../data/tables/packLabels';
import type { AnalysisRequest, EngineRequest, EngineResponse } from '../data/worker/protocol';
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
import { RunQueue, runKey, type QueuedRun, type RunPriority } from './runQueue';
import { ResultCache } from './resultCache';

const datasets = new Map<string, ColumnarDataset>();
const tables = new Map<string, unknown>();
let db: WorkbenchDB | null | undefined;

function post(msg: EngineResponse) {
	(self as unknown as Worker).postMessage(msg);
}

/** Datasets announced by 'receive' whose columns are still on their way from the import worker. */
const arriving = new Map<string, Promise<void>>();

/** Runs waiting for the worker, best first (see runQueue.ts). */
const queue = new RunQueue<AnalysisRequest>();
/** Finished results per analysis and parameters, until the datasets change (resultCache.ts). */
const results = new ResultCache();

function add(id: string, packed: PackedDataset) {
	results.clear();
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

function context(job: QueuedRun<AnalysisRequest>): AnalysisContext {
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
		// Read at each call: a request asking for the same run while it computes gets progress too.
		progress: (fraction) => {
			for (const requestId of job.requestIds) post({ type: 'progress', requestId, fraction });
		}
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
		results.clear();
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
	if (msg.type === 'cancel') {
		queue.cancel(msg.requestIds);
		return;
	}
	const key = runKey(msg.analysis, msg.params);
	if (!msg.fresh && results.has(key)) {
		post({ type: 'result', requestId: msg.requestId, result: results.get(key), ms: 0 });
		return;
	}
	queue.add(msg.requestId, msg.fresh ? `${key}\u0000${msg.requestId}` : key, priorityOf(msg), msg);
	schedule();
};

function priorityOf(msg: AnalysisRequest): RunPriority {
	const p = msg.priority;
	return p === 0 || p === 2 ? p : 1;
}

let pumping = false;
let scheduled = false;

/**
 * Starts the queue after the messages already on their way have arrived: a page posts its runs
 * in one go, and its first chart's run must be able to overtake the ones posted before it.
 */
function schedule() {
	if (pumping || scheduled) return;
	scheduled = true;
	setTimeout(() => {
		scheduled = false;
		void pump();
	}, 0);
}

/** One analysis at a time, best first; a cancelled run is never started. */
async function pump() {
	if (pumping) return;
	pumping = true;
	try {
		for (let job = queue.take(); job; job = queue.take()) {
			try {
				await compute(job);
			} finally {
				queue.done(job);
			}
		}
	} finally {
		pumping = false;
	}
}

async function compute(job: QueuedRun<AnalysisRequest>) {
	const msg = job.payload;
	const each = (make: (requestId: number) => EngineResponse) => {
		for (const requestId of job.requestIds) post(make(requestId));
	};
	const run = analysisNamed(msg.analysis);
	if (!run) {
		each((requestId) => ({
			type: 'failed',
			requestId,
			code: 'unknown_analysis',
			message: msg.analysis
		}));
		return;
	}
	try {
		const ticket = results.ticket();
		const t0 = performance.now();
		// The workspace filter applies here, once, to whatever the analysis reads.
		const ctx = filteredContext(context(job), readEngineFilters(msg.params));
		const result = await run(ctx, msg.params);
		const ms = performance.now() - t0;
		// Kept unless the datasets changed while it ran (add and forget clear the cache).
		if (!msg.fresh) results.set(job.key, result, ticket);
		each((requestId) => ({ type: 'result', requestId, result, ms }));
	} catch (err) {
		let code = 'internal';
		let message = err instanceof Error ? err.message : String(err);
		if (err instanceof AnalysisProblem) {
			code = err.code;
			message = JSON.stringify(err.values);
		} else if (
			err &&
			typeof err === 'object' &&
			'code' in err &&
			typeof (err as { code: unknown }).code === 'string'
		) {
			code = (err as { code: string }).code;
			message = JSON.stringify(err);
		}
		each((requestId) => ({ type: 'failed', requestId, code, message }));
	}
}
