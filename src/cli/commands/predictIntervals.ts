// `cli predict … --intervals LEVEL [--interval-method delta|bootstrap] [--draws N] [--seed S]`:
// the options of the low–high bounds the registry's `clvPredictIntervals` computes
// (engine/clv/clvPredictIntervals.ts).
import { CliError } from '../args';

export interface IntervalOptions {
	level: number;
	method: 'delta' | 'bootstrap';
	draws: number;
	seed: number;
}

/** Null when --intervals is not given. */
export function parseIntervalOptions(options: Record<string, string>): IntervalOptions | null {
	const v = options.intervals;
	if (v === undefined) return null;
	const level = v === 'true' ? 0.9 : Number(v);
	if (!(level > 0 && level < 1))
		throw new CliError(`--intervals "${v}" is a coverage between 0 and 1 (e.g. 0.9)`);
	const method = (options['interval-method'] ?? 'delta').toLowerCase();
	if (method !== 'delta' && method !== 'bootstrap')
		throw new CliError(`--interval-method "${method}" (use delta or bootstrap)`);
	const draws = Number(options.draws ?? 200);
	if (!Number.isInteger(draws) || draws < 20)
		throw new CliError(`--draws "${options.draws}" must be a whole number of at least 20`);
	const seed = Number(options.seed ?? 1);
	if (!Number.isInteger(seed)) throw new CliError(`--seed "${options.seed}" is not a whole number`);
	return { level, method, draws, seed };
}
