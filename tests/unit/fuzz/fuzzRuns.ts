// How many cases each property tries. `npm test` runs a bounded number (the whole fuzz set
// adds a few seconds); `npm run fuzz` sets FUZZ_RUNS for a longer run. A failure prints
// fast-check's seed and shrunk counterexample; FUZZ_SEED replays it.
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;

export function runs(bounded: number): { numRuns: number; seed?: number } {
	const seed = Number(process.env.FUZZ_SEED);
	return {
		numRuns: FUZZ_RUNS > 0 ? Math.max(bounded, FUZZ_RUNS) : bounded,
		...(Number.isFinite(seed) && process.env.FUZZ_SEED ? { seed } : {})
	};
}
