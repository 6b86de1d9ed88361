// The app icon as PNG bytes, drawn from the same geometry as static/favicon.svg (a rounded
// square with three white bars on a 32-unit grid), so the installable app needs no image tool:
// each pixel is the coverage of 4×4 sub-samples, encoded with Node's zlib.
// zlib.crc32 is Node's own (20.15+; package.json asks for 20.19).
import { crc32, deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x4e, 0x79];
const BARS = [
	[7, 14, 11, 24],
	[14, 9, 18, 24],
	[21, 17, 25, 24]
];

/** Inside the rounded square of side 32 and corner radius 6 (`maskable` fills the square). */
function inSquare(x, y, maskable) {
	if (maskable) return x >= 0 && x < 32 && y >= 0 && y < 32;
	const r = 6;
	const cx = Math.min(Math.max(x, r), 32 - r);
	const cy = Math.min(Math.max(y, r), 32 - r);
	return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x < 32 && y >= 0 && y < 32;
}

/** Bars shrink toward the centre on a maskable icon, inside its 80 % safe zone. */
function inBar(x, y, maskable) {
	const s = maskable ? 0.8 : 1;
	const u = 16 + (x - 16) / s;
	const v = 16 + (y - 16) / s;
	return BARS.some(([x0, y0, x1, y1]) => u >= x0 && u < x1 && v >= y0 && v < y1);
}

function chunk(type, data) {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

/** RGBA PNG of the icon at `size` pixels. */
export function drawIcon(size, { maskable = false } = {}) {
	const SUB = 4;
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let py = 0; py < size; py++) {
		raw[py * (size * 4 + 1)] = 0; // filter: none
		for (let px = 0; px < size; px++) {
			let bg = 0;
			let fg = 0;
			for (let sy = 0; sy < SUB; sy++)
				for (let sx = 0; sx < SUB; sx++) {
					const x = ((px + (sx + 0.5) / SUB) * 32) / size;
					const y = ((py + (sy + 0.5) / SUB) * 32) / size;
					if (!inSquare(x, y, maskable)) continue;
					if (inBar(x, y, maskable)) fg++;
					else bg++;
				}
			const n = SUB * SUB;
			const alpha = (bg + fg) / n;
			const white = bg + fg ? fg / (bg + fg) : 0;
			const o = py * (size * 4 + 1) + 1 + px * 4;
			for (let c = 0; c < 3; c++) raw[o + c] = Math.round(BLUE[c] + (255 - BLUE[c]) * white);
			raw[o + 3] = Math.round(alpha * 255);
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 6; // RGBA
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

/** Every icon file the manifest names: path under static/ → bytes. */
export function iconFiles() {
	return new Map([
		['icons/icon-192.png', drawIcon(192)],
		['icons/icon-512.png', drawIcon(512)],
		['icons/icon-maskable-512.png', drawIcon(512, { maskable: true })],
		['icons/apple-touch-icon.png', drawIcon(180, { maskable: true })]
	]);
}
