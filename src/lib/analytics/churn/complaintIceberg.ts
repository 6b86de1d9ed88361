// The complaint iceberg (§6): of the dissatisfied survey respondents, how many complained and
// how many stayed silent. Complaints are joined to respondents by customer id; a respondent is
// dissatisfied when their satisfaction answer is at or below the threshold.
export interface ComplaintIceberg {
	/** Respondents with a satisfaction answer and a customer id. */
	respondents: number;
	dissatisfied: number;
	complainedDissatisfied: number;
	silentDissatisfied: number;
	/** Silent dissatisfied per complaining dissatisfied; null when nobody complained. */
	silentPerComplaint: number | null;
	/** Complaining respondents who are not dissatisfied (above the threshold). */
	complainedSatisfied: number;
}

export function complaintIceberg(
	customerIds: readonly (string | null)[],
	satisfaction: ArrayLike<number>,
	complainers: ReadonlySet<string>,
	threshold: number
): ComplaintIceberg {
	let respondents = 0;
	let dissatisfied = 0;
	let complainedDissatisfied = 0;
	let complainedSatisfied = 0;
	for (let i = 0; i < customerIds.length; i++) {
		const id = customerIds[i];
		const s = satisfaction[i];
		if (id === null || Number.isNaN(s)) continue;
		respondents++;
		const complained = complainers.has(id);
		if (s <= threshold) {
			dissatisfied++;
			if (complained) complainedDissatisfied++;
		} else if (complained) complainedSatisfied++;
	}
	const silentDissatisfied = dissatisfied - complainedDissatisfied;
	return {
		respondents,
		dissatisfied,
		complainedDissatisfied,
		silentDissatisfied,
		silentPerComplaint:
			complainedDissatisfied === 0 ? null : silentDissatisfied / complainedDissatisfied,
		complainedSatisfied
	};
}
