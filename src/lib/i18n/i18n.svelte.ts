// The UI language: English or Simplified Chinese, chosen by ?lang=, then the remembered
// choice, then the browser's language. Each language's texts are their own module
// (scripts/messagesPlugin.js): English is always there (every key falls back to it), Chinese
// is loaded when it is first shown, so a page carries only the language it speaks.
import en from 'virtual:crm-messages/en';
import { format, withPercent } from './format';
import type { Lang } from './describeFileProblem';
import type { MessageKey } from './messageKey';

const KEY = 'crm-workbench.lang';

type Dict = Record<string, string>;
const loaders: Record<Lang, () => Promise<{ default: Dict }>> = {
	en: async () => ({ default: en }),
	zh: () => import('virtual:crm-messages/zh')
};

class I18n {
	lang = $state<Lang>('en');
	/** Loaded dictionaries; read through `lang`, so a switch re-renders once its texts are in. */
	private loaded: Partial<Record<Lang, Dict>> = { en };
	private pending = new Map<Lang, Promise<void>>();
	private switches = 0;

	/** Loads a language's texts (once); resolves when `t` can speak it. */
	ready(lang: Lang): Promise<void> {
		if (this.loaded[lang]) return Promise.resolve();
		let p = this.pending.get(lang);
		if (!p) {
			p = loaders[lang]().then((m) => {
				this.loaded[lang] = m.default;
			});
			// A failed load (offline before the chunk was cached) may be tried again.
			p.catch(() => this.pending.delete(lang));
			this.pending.set(lang, p);
		}
		return p;
	}

	/** A language's dictionary if loaded (English always is). */
	dictionary(lang: Lang): Dict | undefined {
		return this.loaded[lang];
	}

	/** Chooses the language for this visit and waits for its texts (the layout's load). */
	init(url: URL): Promise<void> {
		const q = url.searchParams.get('lang');
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(KEY);
		} catch {
			stored = null;
		}
		const browser =
			typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('zh')
				? 'zh'
				: 'en';
		return this.set(
			q === 'zh' || q === 'en' ? q : stored === 'zh' || stored === 'en' ? stored : browser
		);
	}

	/** Switches the interface language once its texts are loaded. */
	async set(lang: Lang): Promise<void> {
		// The last choice wins, even when an earlier one's texts arrive later.
		const mine = ++this.switches;
		await this.ready(lang);
		if (mine !== this.switches) return;
		this.lang = lang;
		try {
			localStorage.setItem(KEY, lang);
		} catch {
			// Storage may be blocked; the choice then lasts for this page only.
		}
		if (typeof document !== 'undefined')
			document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
		warmNumberFormat(lang);
	}

	/** The text of a key that exists: a misspelt or missing key does not compile. */
	t = (key: MessageKey, values?: Record<string, unknown>): string => {
		const text = this.loaded[this.lang]?.[key] ?? en[key] ?? key;
		return values ? format(text, values, this.lang) : text;
	};

	/**
	 * The text of a key known only at run time (a problem code from the engine worker, a key
	 * read from a saved file): checked against the English texts, and an unknown key is shown
	 * as it is, so a missing message is seen on the page rather than hidden.
	 */
	tChecked = (key: string, values?: Record<string, unknown>): string =>
		isMessageKey(key) ? this.t(key, values) : key;

	/** Numbers formatted for the current language. */
	n = (value: number, digits = 0): string =>
		Number.isFinite(value) ? numberFormat(this.lang, digits).format(value) : '–';
	pct = (value: number, digits = 1): string =>
		Number.isFinite(value) ? withPercent(this.n(value * 100, digits), this.lang) : '–';
}

/**
 * One Intl.NumberFormat per language and digits: toLocaleString builds a new formatter on
 * every call, which made rendering a large table take a long main-thread task.
 */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
	const key = `${lang}|${digits}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
			maximumFractionDigits: digits,
			minimumFractionDigits: digits
		});
		formats.set(key, f);
	}
	return f;
}

/**
 * A page's first Intl.NumberFormat costs 15–30 ms (ICU sets up its number data; the next ones,
 * any locale, take well under 1 ms): made in idle time once the language is chosen, so it is
 * not part of the task that draws the first chart with a number in it (issue 22: no task over
 * 50 ms; it was a quarter of Segments' first task).
 */
function warmNumberFormat(lang: Lang) {
	if (typeof requestIdleCallback !== 'function') return;
	requestIdleCallback(() => numberFormat(lang, 0).format(0), { timeout: 1000 });
}

/** Whether a key built at run time names a message (every key has an English text). */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(en, key);
}

export const i18n = new I18n();
export const t = i18n.t;
export const tChecked = i18n.tChecked;
export type { MessageKey, Translate } from './messageKey';
