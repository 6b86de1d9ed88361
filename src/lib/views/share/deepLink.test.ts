import { describe, expect, it } from 'vitest';
import { deepLink, viewOfPath, viewPath, type DeepLinkParams } from './deepLink';

// Expected URLs written out by hand from the rule: home + ?sample&lang&view in that order.
const cases: { home: string; params: DeepLinkParams; fragment?: string; expected: string }[] = [
	{
		home: 'https://example.org/',
		params: { sample: 'retail', lang: 'zh', view: 'lifecycle' },
		expected: 'https://example.org/?sample=retail&lang=zh&view=lifecycle'
	},
	{
		home: 'https://example.org/crm/',
		params: { view: 'clv', sample: 'cdnow' },
		expected: 'https://example.org/crm/?sample=cdnow&view=clv'
	},
	{
		home: 'http://127.0.0.1:4173/sub/?old=1#x',
		params: { lang: 'en' },
		expected: 'http://127.0.0.1:4173/sub/?lang=en'
	},
	{
		home: 'file:///home/me/build/index.html',
		params: { sample: 'retail-zh', lang: 'zh' },
		expected: 'file:///home/me/build/index.html?sample=retail-zh&lang=zh'
	},
	{
		home: 'https://example.org/',
		params: { view: 'data' },
		fragment: 'data=H4sI',
		expected: 'https://example.org/?view=data#data=H4sI'
	}
];

describe('deepLink', () => {
	it.each(cases)('$expected', ({ home, params, fragment, expected }) => {
		expect(deepLink(home, params, fragment).href).toBe(expected);
	});

	const paths = [
		{ path: '/', view: 'data' },
		{ path: '/clv/', view: 'clv' },
		{ path: '/sub/satisfaction/', view: 'satisfaction' },
		{ path: '/sub/report/', view: 'report' },
		{ path: '/learn', view: 'learn' }
	];
	it.each(paths)('$path is the $view view', ({ path, view }) => {
		expect(viewOfPath(path)).toBe(view);
	});
});

describe('viewPath', () => {
	const cases = [
		{ view: 'value', path: '/segments/' },
		{ view: 'segments', path: '/segments/' },
		{ view: 'lifecycle', path: '/lifecycle/' },
		{ view: 'data', path: '/data/' }
	] as const;
	it.each(cases)('$view lives on $path', ({ view, path }) => {
		expect(viewPath(view)).toBe(path);
	});
});
