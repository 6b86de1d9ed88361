import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWorkbenchDb } from './openWorkbenchDb';
import { SCHEMA_VERSION } from './migrations';

let n = 0;
let restore = () => {};
const fresh = () => `open-db-${++n}`;

/** What is on disk before the app opens its database, and whether it should open. */
const cases: { name: string; before: (name: string) => Promise<void>; opens: boolean }[] = [
	{ name: 'nothing yet: created at the current schema', before: async () => {}, opens: true },
	{
		name: 'the browser refuses storage (SecurityError): null, nothing thrown',
		before: async () => {
			const real = Dexie.dependencies.indexedDB;
			const refusing = Object.create(real) as IDBFactory;
			refusing.open = () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			};
			Dexie.dependencies.indexedDB = refusing;
			restore = () => (Dexie.dependencies.indexedDB = real);
		},
		opens: false
	}
];

describe('openWorkbenchDb', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		restore();
		restore = () => {};
	});

	for (const c of cases)
		it(c.name, async () => {
			const name = fresh();
			await c.before(name);
			const db = await openWorkbenchDb(name);
			expect(db !== null).toBe(c.opens);
			if (db) {
				expect(db.isOpen()).toBe(true);
				expect(db.verno).toBe(SCHEMA_VERSION);
				expect(db.tables.map((t) => t.name).sort()).toEqual(
					['chunks', 'datasets', 'dicts', 'mappings', 'settings'].sort()
				);
				db.close();
			}
		});

	it('no IndexedDB (a private window, a worker without it): null, nothing thrown', async () => {
		vi.stubGlobal('indexedDB', undefined);
		expect(await openWorkbenchDb(fresh())).toBeNull();
	});

	it('what one connection writes, the next one opened the same way reads', async () => {
		const name = fresh();
		const first = await openWorkbenchDb(name);
		await first!.settings.put({ key: 'workspace.name', value: 'shop' });
		first!.close();
		const second = await openWorkbenchDb(name);
		expect(await second!.settings.get('workspace.name')).toEqual({
			key: 'workspace.name',
			value: 'shop'
		});
		second!.close();
	});

	it('an open connection gives way to an upgrade in another tab instead of blocking it', async () => {
		const name = fresh();
		const old = await openWorkbenchDb(name);
		const newer = new Dexie(name);
		newer.version(SCHEMA_VERSION + 1).stores({ datasets: 'id' });
		await newer.open(); // would hang if `old` held on (the upgrade would stay blocked)
		expect(old!.isOpen()).toBe(false);
		newer.close();
	});
});
