import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WorkbenchDB } from '../data/db/schema';
import { getSetting, setSetting } from '../data/db/datasetStore';
import { SettingsModel, VIEW_PREFIX } from './settings.svelte';
import { defaultViewSettings } from './settings/viewSettings';
import { SAVED_VIEWS_KEY } from './settings/savedViews';
import { REPORT_SETTING, type ReportConfig } from './settings/reportConfig';
import { PRINT_SETTING } from './settings/printPage';

let n = 0;
async function fresh() {
	const db = new WorkbenchDB(`settings-test-${++n}`);
	await db.open();
	const model = new SettingsModel();
	await model.load(db);
	return { db, model };
}

const rule = (key: string) => ({
	key,
	r: [4, 5] as [number, number],
	f: [1, 5] as [number, number],
	m: [1, 5] as [number, number]
});

describe('SettingsModel', () => {
	it('reads the defaults for a dataset with nothing stored', async () => {
		const { model } = await fresh();
		expect(model.of('ds1')).toEqual(defaultViewSettings());
		expect(model.canUndo).toBe(false);
	});

	it('stores a change per dataset, and a new model reads it back (a reload)', async () => {
		const { db, model } = await fresh();
		model.set('ds1', 'segments', 'rules', [rule('Teachers pick')]);
		model.set('ds1', 'clv', 'marginPct', 30);
		await model.flushed();
		const again = new SettingsModel();
		await again.load(db);
		expect(again.of('ds1').segments.rules).toEqual([rule('Teachers pick')]);
		expect(again.of('ds1').clv.marginPct).toBe(30);
		expect(again.of('ds2').clv.marginPct).toBe(defaultViewSettings().clv.marginPct);
	});

	it('refuses a value that fails its check, and stores nothing for it', async () => {
		const { db, model } = await fresh();
		expect(model.set('ds1', 'segments', 'bins', 12)).toBe(false);
		expect(model.of('ds1').segments.bins).toBe(5);
		await model.flushed();
		expect(await getSetting(db, VIEW_PREFIX + 'ds1')).toBeUndefined();
		expect(model.canUndo).toBe(false);
	});

	it('a damaged stored record falls back field by field, with no crash', async () => {
		const { db } = await fresh();
		await setSetting(db, VIEW_PREFIX + 'ds1', {
			segments: { bins: 'five', rules: [rule('Kept')] }
		});
		await setSetting(db, VIEW_PREFIX + 'ds2', 'not settings at all');
		await setSetting(db, SAVED_VIEWS_KEY, [{ id: 'x' }, 42]);
		const model = new SettingsModel();
		await model.load(db);
		expect(model.of('ds1').segments.bins).toBe(5);
		expect(model.of('ds1').segments.rules).toEqual([rule('Kept')]);
		expect(model.of('ds2')).toEqual(defaultViewSettings());
		expect(model.saved).toEqual([]);
	});

	it('undo and redo walk the changes back and forth, and store what they reach', async () => {
		const { db, model } = await fresh();
		model.set('ds1', 'segments', 'bins', 4);
		model.set('ds1', 'segments', 'bins', 3);
		expect(model.undo()).toBe(true);
		expect(model.of('ds1').segments.bins).toBe(4);
		expect(model.undo()).toBe(true);
		expect(model.of('ds1').segments.bins).toBe(5);
		expect(model.undo()).toBe(false);
		expect(model.redo()).toBe(true);
		expect(model.of('ds1').segments.bins).toBe(4);
		await model.flushed();
		expect(
			(await getSetting<{ segments: { bins: number } }>(db, VIEW_PREFIX + 'ds1'))?.segments.bins
		).toBe(4);
	});

	it('a new change after undo clears redo', async () => {
		const { model } = await fresh();
		model.set('ds1', 'churn', 'cutoff', 0.3);
		model.undo();
		expect(model.canRedo).toBe(true);
		model.set('ds1', 'churn', 'cutoff', 0.4);
		expect(model.canRedo).toBe(false);
		expect(model.redo()).toBe(false);
		expect(model.of('ds1').churn.cutoff).toBe(0.4);
	});

	it('a batch is one undo step; a change without history is none', async () => {
		const { model } = await fresh();
		model.batch(['ds1'], () => {
			model.set('ds1', 'segments', 'bins', 3);
			model.set('ds1', 'segments', 'edited', true);
		});
		model.set('ds1', 'segments', 'presetChosen', true, { history: false });
		model.undo();
		expect(model.of('ds1').segments.bins).toBe(5);
		expect(model.of('ds1').segments.edited).toBe(false);
		expect(model.canUndo).toBe(false);
	});

	it('setting the value already there is no step', async () => {
		const { model } = await fresh();
		model.set('ds1', 'clv', 'unit', 'week');
		expect(model.canUndo).toBe(false);
	});

	it('saves a view, reopens it as one undoable step, and deletes it; views are stored', async () => {
		const { db, model } = await fresh();
		model.set('ds1', 'segments', 'rules', [rule('For class')]);
		model.set('sv1', 'satisfaction', 'thresholds', {
			satisfactionHigh: 4.5,
			loyaltyHigh: 4,
			apostleMin: 5,
			terroristMax: 2
		});
		const view = model.saveView('  Lesson 3  ', '/segments/', 'ds1', 'sv1');
		expect(view?.name).toBe('Lesson 3');
		expect(model.saveView('   ', '/segments/', 'ds1', null)).toBeNull();
		model.set('ds1', 'segments', 'rules', [rule('Changed')]);
		model.set('sv1', 'satisfaction', 'thresholds', {
			...defaultViewSettings().satisfaction.thresholds
		});
		model.openView(view!.id, 'ds1', 'sv1');
		expect(model.of('ds1').segments.rules).toEqual([rule('For class')]);
		expect(model.of('sv1').satisfaction.thresholds.satisfactionHigh).toBe(4.5);
		model.undo();
		expect(model.of('ds1').segments.rules).toEqual([rule('Changed')]);
		expect(model.of('sv1').satisfaction.thresholds.satisfactionHigh).toBe(
			defaultViewSettings().satisfaction.thresholds.satisfactionHigh
		);
		await model.flushed();
		const again = new SettingsModel();
		await again.load(db);
		expect(again.saved.map((v) => v.name)).toEqual(['Lesson 3']);
		again.deleteView(view!.id);
		await again.flushed();
		expect(await getSetting(db, SAVED_VIEWS_KEY)).toEqual([]);
	});

	it('forgets a deleted dataset’s settings', async () => {
		const { db, model } = await fresh();
		model.set('ds1', 'clv', 'unit', 'day');
		await model.flushed();
		model.forget('ds1');
		await model.flushed();
		expect(await getSetting(db, VIEW_PREFIX + 'ds1')).toBeUndefined();
		expect(model.of('ds1').clv.unit).toBe('week');
	});

	it('a replaced dataset’s settings and undo steps follow the new dataset', async () => {
		const { db, model } = await fresh();
		model.set('old', 'segments', 'bins', 4);
		model.set('old', 'segments', 'bins', 3);
		expect(model.adopt('old', 'new')).toBe(true);
		expect(model.has('old')).toBe(false);
		expect(model.of('new').segments.bins).toBe(3);
		expect(model.undo()).toBe(true);
		expect(model.of('new').segments.bins).toBe(4);
		expect(model.has('old')).toBe(false);
		await model.flushed();
		expect(await getSetting(db, VIEW_PREFIX + 'old')).toBeUndefined();
		expect(
			(await getSetting<{ segments: { bins: number } }>(db, VIEW_PREFIX + 'new'))?.segments.bins
		).toBe(4);
		expect(model.adopt('none', 'other')).toBe(false);
		expect(model.has('other')).toBe(false);
	});
});

describe('the report in the settings model', () => {
	const report = (include: boolean, note = ''): ReportConfig => ({
		title: '',
		intro: '',
		sections: [
			{ id: 'datasets', include: true, title: '', note: '' },
			{ id: 'segments', include, title: '', note }
		]
	});
	const segmentsOf = (m: SettingsModel) => m.report?.sections.find((s) => s.id === 'segments');

	it('a tick is one undo step; undo back to nothing removes the stored record', async () => {
		const { db, model } = await fresh();
		expect(model.report).toBeNull();
		model.setReport(report(true));
		model.setReport(report(false));
		await model.flushed();
		expect(await getSetting(db, REPORT_SETTING)).toEqual(report(false));
		model.undo();
		expect(segmentsOf(model)?.include).toBe(true);
		model.undo();
		expect(model.report).toBeNull();
		expect(model.canUndo).toBe(false);
		await model.flushed();
		expect(await getSetting(db, REPORT_SETTING)).toBeUndefined();
		model.redo();
		expect(segmentsOf(model)?.include).toBe(true);
		await model.flushed();
		expect(await getSetting(db, REPORT_SETTING)).toEqual(report(true));
	});

	it('typing a note is one step per burst, and a reload reads the note back', async () => {
		const { db, model } = await fresh();
		model.setReport(report(true));
		for (const note of ['W', 'We', 'Wee', 'Week'])
			model.setReport(report(true, note), { burst: 'note.segments' });
		model.endBurst();
		model.setReport(report(true, 'Week 3'), { burst: 'note.segments' });
		await model.flushed();
		const again = new SettingsModel();
		await again.load(db);
		expect(segmentsOf(again)?.note).toBe('Week 3');
		model.undo();
		expect(segmentsOf(model)?.note).toBe('Week');
		model.undo();
		expect(segmentsOf(model)?.note).toBe('');
		expect(segmentsOf(model)?.include).toBe(true);
		model.undo();
		expect(model.report).toBeNull();
	});

	it('a report step and a dataset step interleave in one history', async () => {
		const { model } = await fresh();
		model.set('ds1', 'segments', 'bins', 4);
		model.setReport(report(true));
		model.set('ds1', 'segments', 'bins', 3);
		model.undo();
		model.undo();
		expect(model.report).toBeNull();
		expect(model.of('ds1').segments.bins).toBe(4);
		model.redo();
		expect(segmentsOf(model)?.include).toBe(true);
	});

	it('a damaged stored report reads as none, with no crash', async () => {
		const { db } = await fresh();
		await setSetting(db, REPORT_SETTING, 'not a report');
		const model = new SettingsModel();
		await model.load(db);
		expect(model.report).toBeNull();
	});
});

describe('the report page (paper, orientation) in the settings model', () => {
	it('each choice is one undo step, stored; undo back to nothing removes the record', async () => {
		const { db, model } = await fresh();
		expect(model.page).toBeNull();
		model.setPage({ paper: 'Letter', orientation: 'portrait' });
		model.setPage({ paper: 'Letter', orientation: 'landscape' });
		await model.flushed();
		expect(await getSetting(db, PRINT_SETTING)).toEqual({
			paper: 'Letter',
			orientation: 'landscape'
		});
		const steps = [
			{
				page: { paper: 'Letter', orientation: 'portrait' },
				stored: { paper: 'Letter', orientation: 'portrait' }
			},
			{ page: null, stored: undefined }
		];
		for (const { page, stored } of steps) {
			expect(model.undo()).toBe(true);
			expect(model.page).toEqual(page);
			await model.flushed();
			expect(await getSetting(db, PRINT_SETTING)).toEqual(stored);
		}
		expect(model.canUndo).toBe(false);
		model.redo();
		expect(model.page).toEqual({ paper: 'Letter', orientation: 'portrait' });
	});

	it('the same choice again is no step; a reload reads the page back', async () => {
		const { db, model } = await fresh();
		model.setPage({ paper: 'A4', orientation: 'landscape' });
		model.setPage({ paper: 'A4', orientation: 'landscape' });
		model.undo();
		expect(model.canUndo).toBe(false);
		model.redo();
		await model.flushed();
		const again = new SettingsModel();
		await again.load(db);
		expect(again.page).toEqual({ paper: 'A4', orientation: 'landscape' });
	});

	it('a page step, a report step and a dataset step share one history', async () => {
		const { model } = await fresh();
		model.set('ds1', 'segments', 'bins', 4);
		model.setPage({ paper: 'Letter', orientation: 'portrait' });
		model.setReport({ title: 'Week 3', intro: '', sections: [] });
		model.undo();
		expect(model.report).toBeNull();
		expect(model.page?.paper).toBe('Letter');
		model.undo();
		expect(model.page).toBeNull();
		expect(model.of('ds1').segments.bins).toBe(4);
	});

	it('a damaged stored page reads as the default, with no crash', async () => {
		const { db } = await fresh();
		await setSetting(db, PRINT_SETTING, { paper: 'A3', orientation: 7 });
		const model = new SettingsModel();
		await model.load(db);
		expect(model.page).toEqual({ paper: 'A4', orientation: 'portrait' });
	});
});

describe('boundGroup', () => {
	it('reads and writes one group through the model, with its checks and undo', async () => {
		const { model } = await fresh();
		const { boundGroup } = await import('./settings.svelte');
		let id = 'ds1';
		const course = boundGroup('course', () => id, model);
		expect(course.churnDissatisfied).toBe(5);
		course.churnDissatisfied = 4;
		course.referralCredit = 400; // refused: a per cent
		expect(model.of('ds1').course.churnDissatisfied).toBe(4);
		expect(course.referralCredit).toBe(100);
		id = 'ds2';
		expect(course.churnDissatisfied).toBe(5);
		id = 'ds1';
		model.undo();
		expect(course.churnDissatisfied).toBe(5);
	});
});
