// Importance–performance analysis (Martilla & James 1977): each driver falls in one of four
// quadrants split at the mean importance and the mean performance of all drivers. At or above a
// mean counts as high.

export const IPA_QUADRANTS = [
	'concentrate_here',
	'keep_up_good_work',
	'low_priority',
	'possible_overkill'
] as const;

export type IpaQuadrant = (typeof IPA_QUADRANTS)[number];

export interface IpaSplit {
	quadrants: IpaQuadrant[];
	importanceMean: number;
	performanceMean: number;
}

export function ipaQuadrants(importance: number[], performance: number[]): IpaSplit {
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	const im = mean(importance);
	const pm = mean(performance);
	const quadrants = importance.map((imp, j): IpaQuadrant => {
		const high = imp >= im;
		const good = performance[j] >= pm;
		if (high) return good ? 'keep_up_good_work' : 'concentrate_here';
		return good ? 'possible_overkill' : 'low_priority';
	});
	return { quadrants, importanceMean: im, performanceMean: pm };
}
