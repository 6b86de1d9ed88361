// The UI language: English or Simplified Chinese, chosen by ?lang=, then the remembered
// choice, then the browser's language.
import { dictionaries } from './messages/index';
import { format, withPercent } from './format';
import type { Lang } from './describeFileProblem';

const KEY = 'crm-workbench.lang';

class I18n {
	lang = $state<Lang>('en');

	init(url: URL) {
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
		this.set(q === 'zh' || q === 'en' ? q : stored === 'zh' || stored === 'en' ? stored : browser);
	}

	set(lang: Lang) {
		this.lang = lang;
		try {
			localStorage.setItem(KEY, lang);
		} catch {
			// Storage may be blocked; the choice then lasts for this page only.
		}
		if (typeof document !== 'undefined')
			document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
	}

	t = (key: string, values?: Record<string, unknown>): string => {
		const text = dictionaries[this.lang][key] ?? dictionaries.en[key] ?? key;
		return values ? format(text, values, this.lang) : text;
	};

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

export const i18n = new I18n();
export const t = i18n.t;
