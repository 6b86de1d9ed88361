// src/lib/i18n/messageModules.ts lists every message module for the typed keys: a module left
// out would make its keys fail to compile, or (if its keys were renamed) let stale ones through.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageModulesSource, OUTPUT } from './messageModules.js';

describe('messageModules.ts', () => {
	it('lists exactly the modules of the messages folder (else: node scripts/messageModules.js)', () => {
		expect(readFileSync(OUTPUT, 'utf8')).toBe(messageModulesSource());
	});
	it('names every module once', () => {
		const src = messageModulesSource();
		const imports = [...src.matchAll(/from '\.\/messages\/(\w+)'/g)].map((m) => m[1]);
		expect(imports).toContain('core');
		expect(imports).not.toContain('index');
		expect(imports.some((n) => n.endsWith('.test'))).toBe(false);
		expect(new Set(imports).size).toBe(imports.length);
	});
});
