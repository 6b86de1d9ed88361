// Retention after an event (a complaint, a survey answer), by group, with Kaplan–Meier: the
// clock starts on the event day; a customer has churned when the analysis date is more than the
// inactivity threshold after their last purchase (the lifecycle's rule), and the event time is
// then last purchase − event day (0 when they never bought again). Others are censored at asOf.
import { kaplanMeier, type CustomerDays, type KaplanMeierCurve } from '../lifecycle/index';

export interface EventStart {
	/** Customer id, matched to cd.customerIds. */
	customerId: string;
	day: number;
	group: string;
}

export interface RetentionGroup {
	group: string;
	n: number;
	churned: number;
	curve: KaplanMeierCurve;
	/** Per customer: days from the event to churn or censoring, and 1 = churned (for log-rank). */
	time: number[];
	event: number[];
}

export function retentionAfter(
	starts: readonly EventStart[],
	cd: CustomerDays,
	thresholdDays: number
): RetentionGroup[] {
	const index = new Map<string, number>();
	cd.customerIds.forEach((id, i) => index.set(id, i));
	const groups = new Map<string, { time: number[]; event: number[] }>();
	for (const s of starts) {
		const c = index.get(s.customerId);
		if (c === undefined || cd.offsets[c + 1] === cd.offsets[c] || s.day > cd.asOf) continue;
		const last = cd.day[cd.offsets[c + 1] - 1];
		const g = groups.get(s.group) ?? { time: [], event: [] };
		if (cd.asOf - last > thresholdDays) {
			g.time.push(Math.max(0, last - s.day));
			g.event.push(1);
		} else {
			g.time.push(cd.asOf - s.day);
			g.event.push(0);
		}
		groups.set(s.group, g);
	}
	return [...groups.entries()].map(([group, g]) => ({
		group,
		n: g.time.length,
		churned: g.event.reduce((a, b) => a + b, 0),
		curve: kaplanMeier(g.time, g.event),
		time: g.time,
		event: g.event
	}));
}
