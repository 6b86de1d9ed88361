// UTF-16 text without a byte order mark: a CSV file is mostly ASCII (digits, delimiters, line
// breaks), and every ASCII character is a NUL byte beside its code — after it in little-endian,
// before it in big-endian. Chinese characters rarely have a zero byte (1 in 256), so the other
// side stays nearly free of NULs. Checked before the binary test, which would count the NULs
// as control bytes and call the file binary.

/** How much of the start is looked at. */
const LOOK = 4096;

export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, LOOK) & ~1;
	if (n < 4) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = n / 2;
	// At least a fifth of the characters ASCII, and the other side at most a third as many NULs
	// (a column of 一, U+4E00, puts NULs there too) …
	const le = oddNul >= pairs / 5 && evenNul * 3 <= oddNul;
	const be = evenNul >= pairs / 5 && oddNul * 3 <= evenNul;
	if (!le && !be) return null;
	// … and read that way, text: hardly a control character besides tab and line breaks
	// (16-bit binary numbers would be).
	let control = 0;
	for (let i = 0; i < n; i += 2) {
		const unit = le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
		if (unit < 0x20 && unit !== 9 && unit !== 10 && unit !== 13) control++;
	}
	if (control > pairs / 50) return null;
	return le ? 'utf-16le' : 'utf-16be';
}
