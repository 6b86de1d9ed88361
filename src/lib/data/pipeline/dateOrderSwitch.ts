// The one rule, for the app's "Switch … and check again" and for `cli inspect`: a day/month
// date column switches to the other order when, over every row validated, the other order
// reads more values than the chosen one (1/13/2024 read day-first is no date at all).
import type { Mapping } from '../map/types';
import { otherOrder } from '../validate/dateOrder';
import type { DateOrderEvidence, ValidationReport } from '../validate/types';

/** The columns whose values favour the other order. */
export function columnsToSwitch(report: ValidationReport): DateOrderEvidence[] {
	return (report.dateOrder ?? []).filter((e) => e.onlyOther > e.onlyChosen);
}

/** `mapping` with those columns read in the other order, or null when none should switch. */
export function dateOrderSwitch(mapping: Mapping, report: ValidationReport): Mapping | null {
	const switched = columnsToSwitch(report);
	if (switched.length === 0) return null;
	const columns = mapping.columns.map((c) => {
		const ev = switched.find((e) => e.column === c.index);
		return ev && c.dateFormat === ev.format ? { ...c, dateFormat: otherOrder(ev.format) } : c;
	});
	return { ...mapping, columns };
}
