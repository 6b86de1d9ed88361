// Shared by the scoring paths of scoreDimension: the score of a value from the number of edges
// below it, and what a path fills in.

/** Score of a value with `below` edges strictly below it; reversed (recency): 5 = fewest. */
export function scoreOf(below: number, bins: number, reversed: boolean): number {
	return reversed ? bins - below : below + 1;
}

/** Scores per customer, and per score (index 1…bins) its count and smallest and largest value. */
export interface ScoreOutput {
	scores: Uint8Array;
	count: Int32Array;
	min: Float64Array;
	max: Float64Array;
}
