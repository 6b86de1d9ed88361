// One palette for every chart: Okabe–Ito, distinguishable with the common colour-vision
// deficiencies and in greyscale print when paired with the labels we always draw.
export const CATEGORICAL = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#F0E442',
	'#999999',
	'#000000',
	'#8C6D31'
];

export function colorAt(i: number): string {
	return CATEGORICAL[((i % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length];
}

/** Sequential blues for heatmaps (light = low), readable in print. */
export const SEQUENTIAL = [
	'#f7fbff',
	'#deebf7',
	'#c6dbef',
	'#9ecae1',
	'#6baed6',
	'#4292c6',
	'#2171b5',
	'#08519c',
	'#08306b'
];
