// Options of `cli summarize`: what to compute, the memory budget and the engine settings, each
// checked with a one-line message.
import { GRAINS, type Grain } from '../../lib/analytics/lifecycle';
import type { SegmentPresetName } from '../../lib/analytics/rfm/segmentPresets';
import { PRESET_NAMES } from '../../lib/engine/segments/segmentsRules';
import { CliError } from '../args';

export type SummaryKind = 'rfm' | 'btyd' | 'cohorts';
const KINDS: SummaryKind[] = ['rfm', 'btyd', 'cohorts'];

/** Default memory limit given to DuckDB. */
export const DEFAULT_MEMORY_MB = 256;
export const MIN_MEMORY_MB = 64;
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
