// What the import worker does between a dropped file and the "Import" button, without the
// worker: preview (sniff, sample, suggest a mapping), then validate every row under that
// mapping. A file the worker would refuse comes back as its FileProblem; anything else that
// is thrown is a crash and is returned as such, so tests can tell the two apart.
import { previewFile, type Preview } from '../../../src/lib/data/pipeline/previewFile';
import { importBytes } from '../../../src/lib/data/pipeline/importBytes';
import { FileProblemError, type FileProblem } from '../../../src/lib/data/pipeline/problems';
import type { ParsedDataset } from '../../../src/lib/data/validate/types';

export type PipelineResult =
	| { outcome: 'refused'; problem: FileProblem; preview: PreviewSummary | null; ms: number }
	| { outcome: 'report'; preview: PreviewSummary; dataset: ParsedDataset; ms: number }
	| { outcome: 'crash'; message: string; ms: number };

export interface PreviewSummary {
	headers: string[];
	encoding: string;
	encodingReason: string;
	kind: string;
}

function summary(p: Preview): PreviewSummary {
	return {
		headers: p.headers,
		encoding: p.encoding.encoding,
		encodingReason: p.encoding.reason,
		kind: p.mapping.kind
	};
}

export function runPipeline(bytes: Uint8Array, name: string, today: number): PipelineResult {
	const started = performance.now();
	const ms = () => Math.round(performance.now() - started);
	let preview: Preview | null = null;
	try {
		preview = previewFile(bytes, name);
		const dataset = importBytes(bytes, preview.mapping, today);
		// The worker refuses a file none of whose rows is accepted (importWorker.ts).
		if (dataset.rows === 0)
			return {
				outcome: 'refused',
				problem: { code: 'no_rows_accepted' },
				preview: summary(preview),
				ms: ms()
			};
		return { outcome: 'report', preview: summary(preview), dataset, ms: ms() };
	} catch (e) {
		if (e instanceof FileProblemError)
			return {
				outcome: 'refused',
				problem: e.problem,
				preview: preview ? summary(preview) : null,
				ms: ms()
			};
		return {
			outcome: 'crash',
			message: e instanceof Error ? (e.stack ?? e.message) : String(e),
			ms: ms()
		};
	}
}
