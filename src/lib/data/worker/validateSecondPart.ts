import { secondPartMapping } from '../pipeline/importInParts';
import type { Mapping } from '../map/types';
import { unpackLabels } from '../tables/packLabels';
import type { PartialDataset } from '../validate/DatasetBuilder';
import type { PartRequest, PartResponse } from './protocol';

/** The helper's validated second part and its own time for it (ms). */
export interface SecondPart {
	part: PartialDataset;
	ms: number;
}

/**
 * Hands the second part of a file to a running helper worker and resolves, once the helper
 * has the bytes, with the promise of its result. (Messages to a nested worker are only sent
 * while this worker's event loop turns: waiting for the helper's "started" makes sure it is
 * parsing before this worker blocks on the first part.)
 */
export function validateSecondPart(
	helper: Worker,
	bytes: Uint8Array,
	mapping: Mapping,
	today: number,
	onProgress: (p: { rows: number; fraction: number }) => void,
	/** Rows expected in the part (partCapacities): its columns are sized once. */
	capacity?: number
): Promise<{ result: Promise<SecondPart> }> {
	return new Promise((started) => {
		const result = new Promise<SecondPart>((resolve, reject) => {
			helper.onmessage = (e: MessageEvent<PartResponse>) => {
				const msg = e.data;
				if (msg.type === 'ready') return;
				if (msg.type === 'started') return started({ result });
				if (msg.type === 'progress') return onProgress(msg);
				helper.terminate();
				if (msg.type === 'error') return reject(new Error(msg.message));
				// Only a file read in slices is sent back to the text road (validateSlices).
				if (msg.type === 'textPath') return reject(new Error('part worker: no rows'));
				const { columns } = unpackLabels({
					rows: 0,
					fields: msg.part.fields,
					columns: msg.columns
				});
				resolve({ part: { ...msg.part, columns }, ms: msg.ms });
			};
			helper.onerror = (e) => {
				helper.terminate();
				reject(new Error(e.message || 'part worker failed'));
			};
		});
		// If the helper fails before it starts, the caller still gets the failure.
		result.catch(() => started({ result }));
		helper.postMessage(
			{ bytes, mapping: secondPartMapping(mapping), today, capacity } satisfies PartRequest,
			[bytes.buffer]
		);
	});
}
