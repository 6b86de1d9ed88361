// A customer's purchase timeline from the customer profile analysis: one stem per purchase
// day, as high as the amount bought and with the amount returned below the axis — or, when the
// data has no amounts, as high as the number of lines that day. Each stem's hover text names
// the date, the amounts and the lines.
import type { CustomerProfile } from '$lib/engine/segments/segmentsResult';

export interface TimelineStem {
	day: number;
	up: number;
	down: number;
	title: string;
}

export interface CustomerTimelineText {
	iso: (day: number) => string;
	money: (v: number | null) => string;
	lines: (n: number) => string;
}

export function customerTimelineChart(
	days: CustomerProfile['days'],
	text: CustomerTimelineText
): { hasAmount: boolean; points: TimelineStem[] } {
	const hasAmount = days.some((d) => d.bought !== null);
	const points = days.map((d) => ({
		day: d.day,
		up: hasAmount ? (d.bought ?? 0) : d.lines,
		down: hasAmount ? (d.returned ?? 0) : 0,
		title: `${text.iso(d.day)}: ${hasAmount ? text.money(d.bought) : ''}${d.returned ? ` (−${text.money(d.returned)})` : ''} · ${text.lines(d.lines)}`
	}));
	return { hasAmount, points };
}
