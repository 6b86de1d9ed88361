// Writes the app icons into static/icons/ (run after changing drawIcon.js; the unit test
// checks the committed files are what it draws).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { iconFiles } from './drawIcon.js';

for (const [path, bytes] of iconFiles()) {
	const file = join('static', path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, bytes);
	console.log(`${file} (${bytes.length} bytes)`);
}
