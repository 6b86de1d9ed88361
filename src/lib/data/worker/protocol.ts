// Typed messages between the page and the workers (discriminated unions), so both sides
// agree on every field.
import type { Mapping } from '../map/types';
import type { Preview, PreviewOverrides } from '../pipeline/previewFile';
import type { FileProblem } from '../pipeline/problems';
import type { DatasetRecord } from '../db/records';
import type { PackedDataset } from '../tables/packLabels';
import type { ValidationReport, DatasetStats } from '../validate/types';
import type { PartialDataset } from '../validate/DatasetBuilder';

export type ImportRequest =
	| { type: 'preview'; file: Blob; name: string; overrides: PreviewOverrides }
	| {
			type: 'validate';
			mapping: Mapping;
			today: number;
			/** Column bytes allowed (pipeline/storeLimit); set only by tests, to reach the limit cheaply. */
			storeLimit?: number;
			/** Size from which the file is read in slices; set only by tests, to slice a small file. */
			slicedFrom?: number;
	  }
	| {
			type: 'commit';
			meta: { id: string; name: string; importedAt: string; sample?: string; currency?: string };
			persist: boolean;
			/** The dataset this one replaces: deleted in the same transaction as the write. */
			replaces?: string;
			/** To the engine worker (see EngineRequest 'receive'): the columns go there directly. */
			engine?: MessagePort;
	  }
	/** The save failed (saveFailed): write the same prepared dataset again. */
	| { type: 'retrySave' };

export type ImportResponse =
	| {
			type: 'preview';
			preview: Preview;
			remembered: Mapping | null;
			/** Where the preview's time went (worker clock, ms): read by `npm run bench`. */
			timings?: Record<string, number>;
	  }
	| { type: 'problem'; problem: FileProblem }
	| { type: 'progress'; rows: number; fraction: number }
	| {
			type: 'report';
			report: ValidationReport;
			stats: DatasetStats;
			rows: number;
			/** Where validation's time went, in ms on the worker's clock (for `npm run bench`). */
			timings: Record<string, number>;
	  }
	/**
	 * In the workspace now, sent before the save so analyses need not wait. The columns went
	 * straight to the engine on the commit's port; `dataset` only when there was no port.
	 */
	| {
			type: 'ready';
			record: DatasetRecord;
			dataset?: PackedDataset;
			/** Where the hand-over's time went, in ms on the worker's clock (for `npm run bench`). */
			timings?: Record<string, number>;
	  }
	/**
	 * The save finished (persisted: false = kept in memory only, IndexedDB unavailable); the
	 * record as stored (its size is the compact one).
	 */
	| {
			type: 'committed';
			persisted: boolean;
			record?: DatasetRecord;
			/** With `replaces`: whether the old dataset was there and its settings moved over. */
			replaced?: { old: boolean; settingsMoved: boolean };
	  }
	/** Share of the dataset's bytes written so far (in the one transaction, not yet committed). */
	| { type: 'saveProgress'; fraction: number }
	/**
	 * The save failed for another reason than space: nothing was written (one transaction), the
	 * dataset is in the engine for this visit, and the worker keeps what it would write for a
	 * 'retrySave'.
	 */
	| { type: 'saveFailed'; message: string }
	/** The save did not fit: nothing was written; the dataset stays in memory for this visit. */
	| { type: 'quota'; neededBytes: number }
	| { type: 'error'; message: string };

export interface AnalysisRequest {
	type: 'run';
	requestId: number;
	analysis: string;
	params: Record<string, unknown>;
	/** 0 = the page's first chart, 1 = the rest (default), 2 = background (engine/runQueue.ts). */
	priority?: number;
	/** Compute even if an equal run is cached or queued (the benchmark times the computation). */
	fresh?: boolean;
}

export type EngineRequest =
	| AnalysisRequest
	| { type: 'add'; id: string; dataset: PackedDataset }
	/**
	 * The dataset `id` will arrive on `port` from the import worker (one PackedDataset), so the
	 * page never holds or copies it; analyses of `id` wait for it.
	 */
	| { type: 'receive'; id: string; port: MessagePort }
	| { type: 'forget'; id: string }
	/** The page no longer waits for these runs: drop them from the queue if they have not started. */
	| { type: 'cancel'; requestIds: number[] }
	| { type: 'load'; requestId: number; id: string };

export type EngineResponse =
	/** `ms`: the analysis's time on the worker's clock (the benchmark tells it from the hand-over). */
	| { type: 'result'; requestId: number; result: unknown; ms?: number }
	| { type: 'failed'; requestId: number; code: string; message: string }
	| { type: 'progress'; requestId: number; fraction: number };

/** To the import worker's helper: the second part of a file (pipeline/importInParts). */
export interface PartRequest {
	bytes: Uint8Array;
	mapping: Mapping;
	today: number;
	/** Rows expected (pipeline/importInParts.partCapacities): the columns are sized once. */
	capacity?: number;
}

/**
 * To the helper, for a file read in slices (worker/validateSlices): bytes [from, to) of `file`,
 * which the helper reads itself, a slice at a time.
 */
export interface PartFileRequest {
	file: Blob;
	from: number;
	to: number;
	mapping: Mapping;
	today: number;
	/** Rows expected (validateSlices.expectedRows): the columns are sized once. */
	capacity?: number;
}

export type PartResponse =
	| { type: 'ready' }
	/** A PartFileRequest's bytes need the text road (a quote, mixed line breaks): no rows. */
	| { type: 'textPath' }
	/** The part's bytes arrived: the helper is parsing. */
	| { type: 'started' }
	| { type: 'progress'; rows: number; fraction: number }
	/** The part without its columns, which travel packed (packLabels). */
	| {
			type: 'done';
			part: Omit<PartialDataset, 'columns' | 'dictionaries'>;
			columns: PackedDataset['columns'];
			/** The parse, in ms on the helper's clock. */
			ms: number;
	  }
	| { type: 'error'; message: string };
