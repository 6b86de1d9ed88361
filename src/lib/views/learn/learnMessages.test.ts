// Every concept has a full card in both languages, every card is on the Learn page exactly once,
// and every message key the Learn components use exists in English and Chinese.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conceptsMessages } from '$lib/i18n/messages/concepts';
import { learnMessages } from '$lib/i18n/messages/learn';
import { dictionaries } from '$lib/i18n/messages/index';
import { CONCEPT_KEYS } from '$lib/state/concepts.svelte';
import { CONCEPT_GROUPS, CONCEPT_SIMULATION, SIMULATIONS } from './conceptGroups';

const FIELDS = ['title', 'definition', 'why', 'how', 'mistakes'];

describe('learn messages', () => {
	it.each([
		{
			name: 'concepts',
			m: conceptsMessages as { en: Record<string, string>; zh: Record<string, string> }
		},
		{
			name: 'learn',
			m: learnMessages as { en: Record<string, string>; zh: Record<string, string> }
		}
	])('$name: same keys in en and zh, none empty', ({ m }) => {
		expect(Object.keys(m.zh).sort()).toEqual(Object.keys(m.en).sort());
		for (const lang of ['en', 'zh'] as const)
			for (const [k, v] of Object.entries(m[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
	});

	it.each(CONCEPT_KEYS.map((key) => ({ key })))(
		'$key has a full card in both languages',
		({ key }) => {
			for (const f of FIELDS) {
				expect(conceptsMessages.en, `en ${key}.${f}`).toHaveProperty([`concept.${key}.${f}`]);
				expect(conceptsMessages.zh, `zh ${key}.${f}`).toHaveProperty([`concept.${key}.${f}`]);
			}
			// The Chinese card is Chinese: mostly CJK characters, not left-over English.
			const zh = (conceptsMessages.zh as Record<string, string>)[`concept.${key}.definition`];
			expect((zh.match(/[\u4e00-\u9fff]/g) ?? []).length).toBeGreaterThan(20);
		}
	);

	it('every concept is in exactly one group; every linked simulation exists', () => {
		const listed = CONCEPT_GROUPS.flatMap((g) => g.concepts);
		expect([...listed].sort()).toEqual([...CONCEPT_KEYS].sort());
		for (const sim of Object.values(CONCEPT_SIMULATION)) expect(SIMULATIONS).toContain(sim);
	});

	it('every literal key used by the Learn components exists in en and zh', () => {
		const dirs = [__dirname, join(__dirname, '../../../routes/learn')];
		const used = new Set<string>();
		for (const dir of dirs)
			for (const f of readdirSync(dir).filter((n) => n.endsWith('.svelte'))) {
				const src = readFileSync(join(dir, f), 'utf8');
				for (const m of src.matchAll(/\bt\('([\w.]+)'/g)) used.add(m[1]);
			}
		// Keys built from parts: groups, simulations, stages, patterns, delivered-value parts.
		for (const g of CONCEPT_GROUPS) used.add(`learn.group.${g.key}`);
		for (const s of SIMULATIONS)
			for (const f of ['title', 'short']) used.add(`learn.sim.${s}.${f}`);
		for (const s of ['exploration', 'formation', 'stability', 'decline'])
			used.add(`learn.stage.${s}`);
		for (const p of ['I', 'II', 'III', 'IV'])
			for (const k of [`learn.exit.${p}`, `learn.exit.cause.${p}`]) used.add(k);
		for (const k of [
			'product',
			'service',
			'personnel',
			'image',
			'money',
			'time',
			'energy',
			'physical'
		])
			used.add(`learn.dv.${k}`);
		for (const c of ['bad_input', 'total_too_small']) used.add(`learn.issue.${c}`);
		for (const b of ['young', 'old']) used.add(`learn.clv.${b}`);
		for (const v of ['both', 'basic', 'latent']) used.add(`learn.trap.show.${v}`);
		expect(used.size).toBeGreaterThan(100);
		const missing = [...used].filter((k) => !(k in dictionaries.en) || !(k in dictionaries.zh));
		expect(missing).toEqual([]);
	});
});
