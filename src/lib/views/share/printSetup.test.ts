import { describe, expect, it } from 'vitest';
import { counterContent, cssString, pageCss } from './printSetup';

describe('cssString', () => {
	const cases = [
		{ text: 'Week 3', expected: '"Week 3"' },
		{ text: 'a "quoted" name', expected: '"a \\"quoted\\" name"' },
		{ text: 'back\\slash', expected: '"back\\\\slash"' },
		{ text: 'two\nlines', expected: '"two lines"' },
		{ text: 'bell\u0007 and } { </style>', expected: '"bell and } { </style>"' },
		{ text: '客户分析报告', expected: '"客户分析报告"' }
	];
	it.each(cases)('$text', ({ text, expected }) => {
		expect(cssString(text)).toBe(expected);
	});
});

describe('counterContent', () => {
	const cases = [
		{ template: 'Page {page} of {pages}', expected: '"Page " counter(page) " of " counter(pages)' },
		{
			template: '第 {page} 页，共 {pages} 页',
			expected: '"第 " counter(page) " 页，共 " counter(pages) " 页"'
		},
		{ template: '{page}', expected: 'counter(page)' }
	];
	it.each(cases)('$template', ({ template, expected }) => {
		expect(counterContent(template)).toBe(expected);
	});
});

describe('pageCss', () => {
	it('sizes the page and puts the header and page numbers in the margins', () => {
		const css = pageCss(
			{ paper: 'Letter', orientation: 'landscape' },
			'Report · "x"',
			'Page {page} of {pages}'
		);
		expect(css).toContain('size: Letter landscape;');
		expect(css).toContain('@top-left { content: "Report · \\"x\\"";');
		expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
	});
});
