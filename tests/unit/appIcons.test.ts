// The installable app: the manifest names icons that exist, and the committed PNGs are what
// scripts/icons/drawIcon.js draws (so the icon can be changed only through the script).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { iconFiles } from '../../scripts/icons/drawIcon.js';

const root = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'static/manifest.webmanifest'), 'utf8'));

/** Width, height and the RGBA pixel at (x, y) of an unfiltered 8-bit RGBA PNG. */
function pixel(png: Buffer, x: number, y: number) {
	const w = png.readUInt32BE(16);
	const idat: Buffer[] = [];
	for (let o = 8; o < png.length; ) {
		const len = png.readUInt32BE(o);
		if (png.toString('latin1', o + 4, o + 8) === 'IDAT')
			idat.push(png.subarray(o + 8, o + 8 + len));
		o += 12 + len;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const at = y * (w * 4 + 1) + 1 + x * 4;
	return { w, h: png.readUInt32BE(20), rgba: [...raw.subarray(at, at + 4)] };
}

describe('app icons', () => {
	it('the manifest is installable: name, start URL, standalone, 192 and 512 px icons', () => {
		expect(manifest.name).toBe('CRM Workbench');
		expect(manifest.start_url).toBe('./');
		expect(manifest.display).toBe('standalone');
		const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		for (const icon of manifest.icons)
			expect(existsSync(join(root, 'static', icon.src))).toBe(true);
	});

	const cases = [...iconFiles()].map(([path, bytes]) => ({ path, bytes }));
	it.each(cases)('static/$path is what drawIcon draws', ({ path, bytes }) => {
		expect(readFileSync(join(root, 'static', path)).equals(bytes)).toBe(true);
	});

	// By hand from the 32-unit favicon: (0,0) is outside the rounded corner, (16,4) is blue
	// background, the middle bar spans x 14–18, y 9–24, so (16,16) is white.
	it('draws the favicon geometry: clear corner, blue square, white bar', () => {
		const png = iconFiles().get('icons/icon-512.png')!;
		const at = (u: number, v: number) => pixel(png, Math.floor(u * 16), Math.floor(v * 16)).rgba;
		expect(pixel(png, 0, 0).w).toBe(512);
		expect(at(0, 0)).toEqual([0x1f, 0x4e, 0x79, 0]);
		expect(at(16, 4)).toEqual([0x1f, 0x4e, 0x79, 255]);
		expect(at(16, 16)).toEqual([255, 255, 255, 255]);
	});
});
