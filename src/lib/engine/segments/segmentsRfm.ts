// The RFM part of the Segments & value view: scores with their bin edges and tie warnings, the
// histograms, rule coverage, the segment table and the series of the grid, treemap and share
// charts, all from one cached model.
import { rfGrid } from '../../analytics/rfm/rfGrid';
import { rfmHistograms } from '../../analytics/rfm/rfmHistograms';
import { ruleCoverage } from '../../analytics/rfm/ruleCoverage';
import { segmentTable } from '../../analytics/rfm/segmentTable';
import { segmentTreemap } from '../../analytics/rfm/segmentTreemap';
import type { DimensionScores } from '../../analytics/rfm/scoreDimension';
import type { AnalysisContext } from '../context';
import { segmentsModel } from './segmentsModel';
import { asProblem } from './segmentsProblem';
import type { DimensionView, RfmView } from './segmentsResult';
import { readSettings } from './segmentsSettings';

function withoutScores(d: DimensionScores): DimensionView {
	// The per-customer scores stay in the worker; the view needs the edges and ranges.
	return {
		dimension: d.dimension,
		bins: d.bins,
		edges: d.edges,
		source: d.source,
		reversed: d.reversed,
		ranges: d.ranges,
		impossibleScores: d.impossibleScores,
		emptyScores: d.emptyScores,
		distinct: d.distinct
	};
}

export async function segmentsRfm(
	ctx: AnalysisContext,
	params: Record<string, unknown>
): Promise<RfmView> {
	return asProblem(async () => {
		const m = await segmentsModel(ctx, readSettings(params));
		const { table, scores, assignment } = m;
		const summary = segmentTable(table, scores, assignment);
		const coverage = ruleCoverage(m.settings.rules, scores.bins, {
			withMonetary: scores.m !== null,
			assignment
		});
		const dims = [scores.recency, scores.frequency, ...(scores.monetary ? [scores.monetary] : [])];
		// Engine issues repeat across parts (M unavailable from the table and the scores): once each.
		const seen = new Set<string>();
		const issues = [
			...m.issues,
			...table.issues,
			...scores.issues,
			...summary.issues,
			...coverage.issues
		].filter((i) => {
			const k = JSON.stringify(i);
			if (seen.has(k)) return false;
			seen.add(k);
			return true;
		});
		return {
			source: m.source,
			dropped: m.dropped,
			noSpend: m.noSpend,
			asOf: m.asOf,
			defaultAsOf: m.defaultAsOf,
			firstDay: m.firstDay,
			lastDay: m.lastDay,
			customers: table.length,
			frequencyRule: table.frequencyRule,
			returnsOnly: table.returnsOnly,
			hasMonetary: table.monetary !== null,
			hasMargin: table.margin !== null,
			monetaryBasis: scores.monetaryBasis,
			bins: scores.bins,
			dimensions: dims.map(withoutScores),
			// The top 5 % share one open bar, so the long tail does not squash the rest.
			histograms: rfmHistograms(table, scores, { clip: 0.95 }),
			coverage: {
				totalCells: coverage.totalCells,
				unmatchedCells: coverage.unmatchedCells.length,
				unmatchedExamples: coverage.unmatchedCells.slice(0, 8),
				rules: coverage.rules,
				unmatchedCustomers: coverage.unmatchedCustomers,
				emptySegments: coverage.emptySegments
			},
			segments: summary.rows,
			totalRevenue: summary.revenue,
			grid: rfGrid(table, scores, m.settings.rules),
			treemap: {
				customers: segmentTreemap(summary.rows, 'customers'),
				revenue: table.monetary ? segmentTreemap(summary.rows, 'revenue') : null
			},
			issues
		};
	});
}
