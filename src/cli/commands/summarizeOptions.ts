// Options of `cli summarize`: what to compute, the memory budget and the engine settings, each
// checked with a one-line message; and how many partitions a file needs for the budget.
import { GRAINS, type Grain } from '../../lib/analytics/lifecycle/periodOfDay';
import type { SegmentPresetName } from '../../lib/analytics/rfm/segmentPresets';
import { PRESET_NAMES } from '../../lib/engine/segments/segmentsRules';
import { CliError } from '../args';

export type SummaryKind = 'rfm' | 'btyd' | 'cohorts';
const KINDS: SummaryKind[] = ['rfm', 'btyd', 'cohorts'];

/** Default budget for one partition's work in pass 2. */
export const DEFAULT_MEMORY_MB = 256;
/**
 * Budget per byte of input in a partition. One 100 MB partition of the benchmark file raised the
 * peak by ~250 MB for btyd (its bytes, table and the engine's arrays) and more for rfm (order
 * ids); about twice that is allowed, since V8 collects garbage late.
 */
const MEMORY_PER_INPUT_BYTE: Record<SummaryKind, number> = { rfm: 8, btyd: 5, cohorts: 5 };
const MAX_PARTITIONS = 4096;

export function partitionCount(fileBytes: number, memoryMb: number, what: SummaryKind): number {
	const need = (fileBytes * MEMORY_PER_INPUT_BYTE[what]) / (memoryMb * 1024 * 1024);
	return Math.max(1, Math.min(MAX_PARTITIONS, Math.ceil(need)));
}

export function parseKind(value: string | undefined): SummaryKind {
	if (!value || value === 'true') throw new CliError(`--what is required (${KINDS.join(', ')})`);
	const k = value.toLowerCase() as SummaryKind;
	if (!KINDS.includes(k))
		throw new CliError(`unknown summary "${value}" (use ${KINDS.join(', ')})`);
	return k;
}

export function parseMemory(value: string | undefined): number {
	if (value === undefined) return DEFAULT_MEMORY_MB;
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0)
		throw new CliError(`--memory-mb must be a positive number (got "${value}")`);
	return n;
}

export function parseGrain(value: string | undefined): Grain {
	const g = (value ?? 'month').toLowerCase() as Grain;
	if (!GRAINS.includes(g))
		throw new CliError(`unknown grain "${value}" (use week, month or quarter)`);
	return g;
}

export function parseBins(value: string | undefined): number {
	if (value === undefined) return 5;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 2 || n > 9)
		throw new CliError(`--bins must be a whole number from 2 to 9 (got "${value}")`);
	return n;
}

export function parsePreset(value: string | undefined): SegmentPresetName {
	if (value === undefined) return 'rfmVignette';
	const plain = value.toLowerCase().replace(/[-_ ]/g, '');
	const found = PRESET_NAMES.find((p) => p.toLowerCase() === plain);
	if (!found) throw new CliError(`unknown preset "${value}" (use ${PRESET_NAMES.join(', ')})`);
	// The eight-class model cuts at the mean or median of all customers, which the streamed
	// summary does not compute; saying so beats scoring it on quantiles under its name.
	if (found === 'cn8')
		throw new CliError(
			'--preset cn8 cuts R, F and M at the mean or median of all customers: use cli rfm --preset cn8'
		);
	return found;
}
