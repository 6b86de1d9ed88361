// One Kaplan–Meier curve per group (acquisition cohort, region, channel, ...): the subjects of
// each group are copied out and fitted separately; a -1 code leaves a customer out of all groups.
import type { CustomerDays } from './customerDays';
import { isoFromDay } from '../dates';
import { kaplanMeier, type KaplanMeierCurve } from './kaplanMeier';
import { LifecycleError } from './lifecycleIssue';
import { periodOfDay, periodStartDay, type Grain } from './periodOfDay';

export interface CustomerGroups {
	/** Group code per customer (index into labels); -1 = no group. */
	codes: Int32Array;
	labels: string[];
}

export interface GroupCurve {
	label: string;
	curve: KaplanMeierCurve;
}

export function survivalByGroup(
	time: Float64Array,
	event: Uint8Array,
	groups: CustomerGroups,
	confidence = 0.95
): GroupCurve[] {
	const { codes, labels } = groups;
	if (codes.length !== time.length)
		throw new LifecycleError({
			code: 'length_mismatch',
			params: { expected: time.length, actual: codes.length }
		});
	const counts = new Int32Array(labels.length);
	for (let i = 0; i < codes.length; i++)
		if (codes[i] >= 0 && codes[i] < labels.length) counts[codes[i]]++;
	return labels.map((label, g) => {
		const t = new Float64Array(counts[g]);
		const e = new Uint8Array(counts[g]);
		for (let i = 0, k = 0; i < codes.length; i++) {
			if (codes[i] !== g) continue;
			t[k] = time[i];
			e[k++] = event[i];
		}
		return { label, curve: kaplanMeier(t, e, confidence) };
	});
}

/** Groups customers by the period of their first purchase; labels are the periods' first days. */
export function acquisitionGroups(cd: CustomerDays, grain: Grain): CustomerGroups {
	const { offsets, day } = cd;
	const nc = offsets.length - 1;
	const codes = new Int32Array(nc).fill(-1);
	const periods = new Map<number, number>();
	for (let c = 0; c < nc; c++) {
		if (offsets[c + 1] === offsets[c]) continue;
		const p = periodOfDay(grain, day[offsets[c]]);
		if (!periods.has(p)) periods.set(p, 0);
		codes[c] = p;
	}
	// Codes in chronological order so the curves come out oldest cohort first.
	const sorted = [...periods.keys()].sort((a, b) => a - b);
	sorted.forEach((p, i) => periods.set(p, i));
	for (let c = 0; c < nc; c++) if (codes[c] !== -1) codes[c] = periods.get(codes[c])!;
	return { codes, labels: sorted.map((p) => isoFromDay(periodStartDay(grain, p))) };
}
