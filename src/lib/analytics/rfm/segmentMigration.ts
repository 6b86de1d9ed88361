// How customers move between segments from analysis date A to date B (default 90 days
// earlier). Each date is scored on its own quantiles (or on the same custom thresholds), so a
// move means "relative standing changed"; customers first buying after A enter as 'new'.
import { customerTable } from '../customers/customerTable';
import { SegmentsError, type SegmentsIssue } from '../customers/segmentsIssue';
import type { Day, TransactionTable } from '../types';
import { assignSegments, segmentKeys } from './assignSegments';
import { rfmScores, type RfmOptions } from './rfmScores';
import type { SegmentRule } from './segmentRule';

export const NEW_CUSTOMERS = 'new';

export interface MigrationNode {
	id: string;
	side: 'a' | 'b';
	key: string;
	customers: number;
}

export interface MigrationLink {
	source: string;
	target: string;
	value: number;
}

export interface SegmentMigration {
	asOfA: Day;
	asOfB: Day;
	/** Row labels: 'new', then the segment keys. */
	from: string[];
	/** Column labels: the segment keys. */
	to: string[];
	/** counts[row][column]: customers in `from[row]` at A and `to[column]` at B. */
	counts: number[][];
	/** For a flow (Sankey) chart: nodes 'a:<key>' and 'b:<key>', links with customers > 0. */
	nodes: MigrationNode[];
	links: MigrationLink[];
	issues: SegmentsIssue[];
}

export function segmentMigration(
	tx: TransactionTable,
	options: RfmOptions & { asOf: Day; asOfA?: Day; daysApart?: number; rules: SegmentRule[] }
): SegmentMigration {
	const asOfB = options.asOf;
	const asOfA = options.asOfA ?? asOfB - (options.daysApart ?? 90);
	if (!(asOfA < asOfB)) throw new SegmentsError({ code: 'bad_dates', params: { asOfA, asOfB } });
	const { keys } = segmentKeys(options.rules);
	const tableB = customerTable(tx, { asOf: asOfB });
	if (tableB.length === 0) throw new SegmentsError({ code: 'no_customers' });
	const segB = assignSegments(rfmScores(tableB, options), options.rules).segment;
	const tableA = customerTable(tx, { asOf: asOfA });
	// Segment at A per transaction-table customer index; -1 = not yet acquired.
	const segAOf = new Int32Array(tx.customerIds.length).fill(-1);
	if (tableA.length > 0) {
		const segA = assignSegments(rfmScores(tableA, options), options.rules).segment;
		for (let j = 0; j < tableA.length; j++) segAOf[tableA.index[j]] = segA[j];
	}
	const from = [NEW_CUSTOMERS, ...keys];
	const counts = from.map(() => new Array<number>(keys.length).fill(0));
	for (let j = 0; j < tableB.length; j++) {
		const a = segAOf[tableB.index[j]];
		counts[a + 1][segB[j]]++;
	}
	const nodes: MigrationNode[] = [
		...from.map((key, row) => ({
			id: `a:${key}`,
			side: 'a' as const,
			key,
			customers: counts[row].reduce((s, v) => s + v, 0)
		})),
		...keys.map((key, col) => ({
			id: `b:${key}`,
			side: 'b' as const,
			key,
			customers: counts.reduce((s, row) => s + row[col], 0)
		}))
	].filter((node) => node.customers > 0);
	const links: MigrationLink[] = [];
	counts.forEach((row, r) =>
		row.forEach((value, c) => {
			if (value > 0) links.push({ source: `a:${from[r]}`, target: `b:${keys[c]}`, value });
		})
	);
	const issues: SegmentsIssue[] = [];
	if (tableA.length === 0) issues.push({ code: 'no_customers', params: { date: 'a' } });
	return { asOfA, asOfB, from, to: keys, counts, nodes, links, issues };
}
