// Typed messages between the page and the workers (discriminated unions), so both sides
// agree on every field.
import type { Mapping } from '../map/types';
import type { Preview, PreviewOverrides } from '../pipeline/previewFile';
import type { FileProblem } from '../pipeline/problems';
import type { DatasetRecord } from '../db/records';
import type { PackedDataset } from '../tables/packLabels';
import type { ValidationReport, DatasetStats } from '../validate/types';

export type ImportRequest =
	| { type: 'preview'; file: Blob; name: string; overrides: PreviewOverrides }
	| { type: 'validate'; mapping: Mapping; today: number }
	| {
			type: 'commit';
			meta: { id: string; name: string; importedAt: string; sample?: string };
			persist: boolean;
	  };

export type ImportResponse =
	| { type: 'preview'; preview: Preview; remembered: Mapping | null }
	| { type: 'problem'; problem: FileProblem }
	| { type: 'progress'; rows: number; fraction: number }
	| { type: 'report'; report: ValidationReport; stats: DatasetStats; rows: number }
	| { type: 'committed'; record: DatasetRecord; dataset: PackedDataset; persisted: boolean }
	| { type: 'quota'; neededBytes: number }
	| { type: 'error'; message: string };

export interface AnalysisRequest {
	type: 'run';
	requestId: number;
	analysis: string;
	params: Record<string, unknown>;
}

export type EngineRequest =
	| AnalysisRequest
	| { type: 'add'; id: string; dataset: PackedDataset }
	| { type: 'forget'; id: string }
	| { type: 'load'; requestId: number; id: string };

export type EngineResponse =
	| { type: 'result'; requestId: number; result: unknown }
	| { type: 'failed'; requestId: number; code: string; message: string }
	| { type: 'progress'; requestId: number; fraction: number };
