/**
 * ASCII bytes as a string: one char per byte. Short values (dates, amounts in other forms) get
 * fromCharCode with their bytes as arguments, several times faster than over a subarray.
 */
export function asciiString(b: Uint8Array, s: number, e: number): string {
	const f = String.fromCharCode;
	switch (e - s) {
		case 0:
			return '';
		case 1:
			return f(b[s]);
		case 2:
			return f(b[s], b[s + 1]);
		case 3:
			return f(b[s], b[s + 1], b[s + 2]);
		case 4:
			return f(b[s], b[s + 1], b[s + 2], b[s + 3]);
		case 5:
			return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
		case 6:
			return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
		case 7:
			return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
		case 8:
			return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
		default:
			return f(...b.subarray(s, e));
	}
}
