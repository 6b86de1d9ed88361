// Options of `cli summarize`: what to compute, the memory budget and the engine settings, each
// checked with a one-line message.
import { totalmem } from 'node:os';
import { GRAINS, type Grain } from '../../lib/analytics/lifecycle';
import type { SegmentPresetName } from '../../lib/analytics/rfm/segmentPresets';
import { PRESET_NAMES } from '../../lib/engine/segments/segmentsRules';
import { CliError } from '../args';

export type SummaryKind = 'rfm' | 'btyd' | 'cohorts';
const KINDS: SummaryKind[] = ['rfm', 'btyd', 'cohorts'];

/**
 * The default memory limit given to DuckDB: a quarter of the machine's memory, at least 256 MB
 * and at most 4096 MB. A fixed 256 MB failed on the 5 GB benchmark file (117 M rows): DuckDB
 * spills its GROUP BYs' partitions, but finishes each one in memory, so the memory a summary
 * needs grows with the rows (docs/scale.md, "Memory"); passes over ranges of customers cover
 * part of that, a larger budget the rest. DuckDB itself takes 80 % of memory by default; a
 * quarter leaves room for Node (~150 MB), the page cache of the file and the spill, and the
 * user's other work, and the cap keeps a large server from lending one CLI run most of it.
 */
export function defaultMemoryMb(totalBytes: number): number {
	const quarter = Math.floor(totalBytes / 4 / 2 ** 20);
	return Math.min(MAX_DEFAULT_MEMORY_MB, Math.max(MIN_DEFAULT_MEMORY_MB, quarter));
}
export const MIN_DEFAULT_MEMORY_MB = 256;
export const MAX_DEFAULT_MEMORY_MB = 4096;
export const MIN_MEMORY_MB = 64;
export function parseKind(value: string | undefined): SummaryKind {
	if (!value || value === 'true') throw new CliError(`--what is required (${KINDS.join(', ')})`);
	const k = value.toLowerCase() as SummaryKind;
	if (!KINDS.includes(k))
		throw new CliError(`unknown summary "${value}" (use ${KINDS.join(', ')})`);
	return k;
}

export function parseMemory(value: string | undefined, totalBytes = totalmem()): number {
	if (value === undefined) return defaultMemoryMb(totalBytes);
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0)
		throw new CliError(`--memory-mb must be a positive number (got "${value}")`);
	// Below this DuckDB cannot hold its CSV read buffers and hash tables at all.
	if (n < MIN_MEMORY_MB)
		throw new CliError(`--memory-mb must be at least ${MIN_MEMORY_MB} (got "${value}")`);
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
