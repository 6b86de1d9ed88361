// Kaplan–Meier survival with Greenwood's variance and a log(−log) confidence band, which stays
// inside [0, 1] and is the usual default (R survival's conf.type "log-log").
import { LifecycleError } from './lifecycleIssue';
import { normalQuantile } from './normalQuantile';

export interface KaplanMeierPoint {
	/** A distinct observed time; the curve holds this value from here to the next point. */
	time: number;
	atRisk: number;
	events: number;
	censored: number;
	survival: number;
	/** Greenwood variance of the survival estimate; null once survival reaches 0. */
	variance: number | null;
	lower: number | null;
	upper: number | null;
}

export interface KaplanMeierCurve {
	n: number;
	events: number;
	confidence: number;
	points: KaplanMeierPoint[];
	/** First time the survival is at or below 0.5; null when the curve never gets there. */
	median: number | null;
}

/**
 * Subjects with a NaN or negative time are left out. Censored subjects at an event time count as
 * at risk at that time (the usual convention).
 */
export function kaplanMeier(
	time: ArrayLike<number>,
	event: ArrayLike<number>,
	confidence = 0.95
): KaplanMeierCurve {
	if (time.length !== event.length)
		throw new LifecycleError({
			code: 'length_mismatch',
			params: { expected: time.length, actual: event.length }
		});
	if (!(confidence > 0 && confidence < 1))
		throw new LifecycleError({ code: 'bad_confidence', params: { confidence } });
	let n = 0;
	let nEvents = 0;
	for (let i = 0; i < time.length; i++) {
		if (!(time[i] >= 0)) continue;
		n++;
		if (event[i]) nEvents++;
	}
	const all = new Float64Array(n);
	const ev = new Float64Array(nEvents);
	for (let i = 0, a = 0, e = 0; i < time.length; i++) {
		if (!(time[i] >= 0)) continue;
		all[a++] = time[i];
		if (event[i]) ev[e++] = time[i];
	}
	all.sort();
	ev.sort();
	const z = normalQuantile(0.5 + confidence / 2);
	const points: KaplanMeierPoint[] = [];
	let survival = 1;
	let greenwood = 0;
	let median: number | null = null;
	let i = 0;
	let e = 0;
	while (i < n) {
		const t = all[i];
		const atRisk = n - i;
		let total = 0;
		while (i < n && all[i] === t) {
			i++;
			total++;
		}
		let d = 0;
		while (e < nEvents && ev[e] === t) {
			e++;
			d++;
		}
		if (d > 0) {
			survival *= 1 - d / atRisk;
			greenwood = atRisk > d ? greenwood + d / (atRisk * (atRisk - d)) : Infinity;
		}
		if (median === null && survival <= 0.5) median = t;
		points.push({
			time: t,
			atRisk,
			events: d,
			censored: total - d,
			...band(survival, greenwood, z)
		});
	}
	return { n, events: nEvents, confidence, points, median };
}

function band(survival: number, greenwood: number, z: number) {
	if (survival <= 0 || !Number.isFinite(greenwood))
		return { survival: 0, variance: null, lower: null, upper: null };
	if (survival >= 1 || greenwood === 0)
		return { survival, variance: 0, lower: survival, upper: survival };
	// se of log(−log S) by the delta method: sqrt(Σ d/(n(n−d))) / |log S|.
	const se = Math.sqrt(greenwood) / Math.abs(Math.log(survival));
	return {
		survival,
		variance: survival * survival * greenwood,
		lower: Math.pow(survival, Math.exp(z * se)),
		upper: Math.pow(survival, Math.exp(-z * se))
	};
}
