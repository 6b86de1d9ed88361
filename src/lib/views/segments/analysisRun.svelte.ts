// Segments' panels use the one run-state class as it is; their problems are put into words by
// segmentsText's problemText where they are shown.
export { AnalysisRun, toProblem, type Problem } from '$lib/state/analysisRun.svelte';
