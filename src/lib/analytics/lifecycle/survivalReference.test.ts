// Kaplan–Meier with its log-log band, the median with its interval and the log-rank test against
// R's survival package (survfit, survdiff) on aml, lung (by ECOG score) and a hand-made case.
// The values were computed once by tests/fixtures/reference/survival.R and committed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chiSquareUpper } from './chiSquareUpper';
import { kaplanMeier } from './kaplanMeier';
import { logRank } from './logRank';
import { survivalMedian } from './survivalMedian';

interface RCurve {
	name?: string;
	n: number;
	events: number;
	median: number | null;
	medianLower: number | null;
	medianUpper: number | null;
	points: {
		t: number;
		atRisk: number;
		events: number;
		censored: number;
		survival: number;
		lower: number | null;
		upper: number | null;
	}[];
}
interface RCase {
	name: string;
	overall: RCurve;
	groups: RCurve[];
	logRank: { chisq: number; df: number; p: number; observed: number[]; expected: number[] };
}

const dir = 'tests/fixtures/reference';
const reference = JSON.parse(readFileSync(`${dir}/survival.json`, 'utf8')) as { cases: RCase[] };

function rows(name: string): { time: number; status: number; group: string }[] {
	if (name === 'flat')
		return [1, 2, 3, 4, 5, 6].map((t) => ({ time: t, status: 1, group: t <= 3 ? 'a' : 'b' }));
	const [, ...lines] = readFileSync(`${dir}/survival_${name}.csv`, 'utf8').trim().split('\n');
	return lines.map((l) => {
		const [time, status, group] = l.split(',');
		return { time: Number(time), status: Number(status), group };
	});
}

function curveOf(rs: { time: number; status: number }[]) {
	return kaplanMeier(
		Float64Array.from(rs, (r) => r.time),
		Uint8Array.from(rs, (r) => r.status)
	);
}

function expectCurve(rs: { time: number; status: number }[], want: RCurve) {
	const curve = curveOf(rs);
	expect(curve.n).toBe(want.n);
	expect(curve.events).toBe(want.events);
	expect(curve.points.length).toBe(want.points.length);
	curve.points.forEach((p, i) => {
		const w = want.points[i];
		expect([p.time, p.atRisk, p.events, p.censored]).toEqual([w.t, w.atRisk, w.events, w.censored]);
		expect(p.survival).toBeCloseTo(w.survival, 10);
		if (w.lower === null) expect(p.lower).toBeNull();
		else expect(p.lower).toBeCloseTo(w.lower, 7);
		if (w.upper === null) expect(p.upper).toBeNull();
		else expect(p.upper).toBeCloseTo(w.upper, 7);
	});
	const m = survivalMedian(curve);
	expect([m.median, m.lower, m.upper]).toEqual([want.median, want.medianLower, want.medianUpper]);
	return curve;
}

describe.each(reference.cases)('survival against R: $name', (c) => {
	const all = rows(c.name);
	it('overall curve, band and median interval', () => expectCurve(all, c.overall));
	it.each(c.groups)('group $name', (g) => {
		expectCurve(
			all.filter((r) => r.group === g.name),
			g
		);
	});
	it('log-rank chi-square, df, p, observed and expected', () => {
		const curves = c.groups.map((g) => curveOf(all.filter((r) => r.group === g.name)));
		const lr = logRank(curves)!;
		expect(lr.df).toBe(c.logRank.df);
		expect(lr.chisq).toBeCloseTo(c.logRank.chisq, 8);
		expect(lr.p).toBeCloseTo(c.logRank.p, 10);
		expect(lr.observed).toEqual(c.logRank.observed);
		lr.expected.forEach((e, i) => expect(e).toBeCloseTo(c.logRank.expected[i], 8));
	});
});

describe('logRank edge cases', () => {
	const one = curveOf([{ time: 1, status: 1 }]);
	const empty = curveOf([]);
	const censoredOnly = curveOf([{ time: 2, status: 0 }]);
	it.each([
		{ name: 'one group', curves: [one] },
		{ name: 'one group with subjects', curves: [one, empty] },
		{ name: 'no events at all', curves: [censoredOnly, censoredOnly] }
	])('$name → null', ({ curves }) => expect(logRank(curves)).toBeNull());
});

describe('chiSquareUpper', () => {
	// Values from R: pchisq(x, df, lower.tail = FALSE).
	it.each([
		{ x: 3.841458820694124, df: 1, p: 0.05 },
		{ x: 5.991464547107979, df: 2, p: 0.05 },
		{ x: 1, df: 3, p: 0.8012519569012008 },
		{ x: 30, df: 4, p: 4.894437128029213e-6 },
		{ x: 0, df: 2, p: 1 }
	])('Q(x = $x, df = $df) = $p', ({ x, df, p }) => {
		expect(chiSquareUpper(x, df)).toBeCloseTo(p, 12);
		expect(Math.abs(chiSquareUpper(x, df) - p) / p).toBeLessThan(1e-9);
	});
});
