// The complaint iceberg as a classroom simulation (§6): of the dissatisfied customers only a
// few complain; the silent rest leave at their own rate, while complainers stay or leave by how
// well the complaint is handled. Also: how many would stay if every dissatisfied customer
// complained and was handled as now — the value of inviting complaints.
export interface IcebergInput {
	customers: number;
	/** Share of customers who are dissatisfied (0–1). */
	dissatisfied: number;
	/** Share of the dissatisfied who complain (TARP: about 0.04). */
	complainRate: number;
	/** Share of silent dissatisfied customers who stay. */
	silentStay: number;
	/** Share of complaints handled well. */
	handledWell: number;
	stayIfWell: number;
	stayIfBadly: number;
}

export interface IcebergResult {
	dissatisfied: number;
	complainers: number;
	silent: number;
	/** Silent dissatisfied behind each complaint; null when nobody complains. */
	silentPerComplaint: number | null;
	silentLeaving: number;
	complainersStaying: number;
	complainersLeaving: number;
	/** Dissatisfied customers kept now, and if all of them complained and were handled as now. */
	keptNow: number;
	keptIfAllComplained: number;
}

export function icebergSim(x: IcebergInput): IcebergResult {
	const dissatisfied = x.customers * x.dissatisfied;
	const complainers = dissatisfied * x.complainRate;
	const silent = dissatisfied - complainers;
	const stayShare = x.handledWell * x.stayIfWell + (1 - x.handledWell) * x.stayIfBadly;
	const complainersStaying = complainers * stayShare;
	return {
		dissatisfied,
		complainers,
		silent,
		silentPerComplaint: complainers > 0 ? silent / complainers : null,
		silentLeaving: silent * (1 - x.silentStay),
		complainersStaying,
		complainersLeaving: complainers - complainersStaying,
		keptNow: silent * x.silentStay + complainersStaying,
		keptIfAllComplained: dissatisfied * stayShare
	};
}
