// Series for the R, F and M histograms: the raw-value distribution plus the score bins with
// their edges, so the chart can draw where each score starts.
import type { CustomerMetrics } from '../customers/customerTable';
import type { RfmScores } from './rfmScores';
import type { RfmDimension, ScoreRange } from './scoreDimension';
import { valueHistogram, type HistogramBar } from './valueHistogram';

export interface RfmHistogram {
	dimension: RfmDimension;
	/** Interior score edges in raw units. */
	edges: number[];
	scoreBars: ScoreRange[];
	valueBars: HistogramBar[];
}

export function rfmHistograms(
	table: CustomerMetrics,
	scores: RfmScores,
	options: { targetBars?: number; clip?: number } = {}
): RfmHistogram[] {
	const out: RfmHistogram[] = [
		{
			dimension: 'recency',
			edges: scores.recency.edges,
			scoreBars: scores.recency.ranges,
			valueBars: valueHistogram(table.recency, options)
		},
		{
			dimension: 'frequency',
			edges: scores.frequency.edges,
			scoreBars: scores.frequency.ranges,
			valueBars: valueHistogram(table.frequency, options)
		}
	];
	const mValues = scores.monetaryBasis === 'average' ? table.average : table.monetary;
	if (scores.monetary && mValues)
		out.push({
			dimension: 'monetary',
			edges: scores.monetary.edges,
			scoreBars: scores.monetary.ranges,
			valueBars: valueHistogram(mValues, options)
		});
	return out;
}
