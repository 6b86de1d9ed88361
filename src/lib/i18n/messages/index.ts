// All message modules merged into one dictionary per language. Every module in this folder
// that exports `{ en, zh }` is picked up, so adding a module needs no edit here.

type Dict = Record<string, string>;
type Module = Record<string, unknown>;

const found = import.meta.glob<Module>(['./*.ts', '!./*.test.ts', '!./index.ts'], { eager: true });

function isMessages(v: unknown): v is { en: Dict; zh: Dict } {
	return !!v && typeof v === 'object' && 'en' in v && 'zh' in v;
}

const modules = Object.keys(found)
	.sort()
	.flatMap((path) => Object.values(found[path]).filter(isMessages));

export const dictionaries: { en: Dict; zh: Dict } = {
	en: Object.assign({}, ...modules.map((m) => m.en)),
	zh: Object.assign({}, ...modules.map((m) => m.zh))
};
