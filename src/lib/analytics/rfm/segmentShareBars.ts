// Paired bars per segment: its share of customers next to its share of revenue, the chart
// that shows a small segment bringing a large part of the money.
import type { SegmentRow } from './segmentTable';

export interface ShareBar {
	key: string;
	customerShare: number;
	revenueShare: number | null;
}

export function segmentShareBars(rows: SegmentRow[]): ShareBar[] {
	return rows.map((r) => ({ key: r.key, customerShare: r.share, revenueShare: r.revenueShare }));
}
