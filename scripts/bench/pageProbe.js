// Installed in the page before any app code (page.addInitScript): timestamps of the import's
// steps taken in the page itself (no Playwright round trip inside a measurement), and every
// long main-thread task. Serialised with toString(), so it must stay self-contained.
export function pageProbe() {
	const marks = {};
	const tasks = [];
	window.__benchProbe = { marks, tasks };
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		window.__benchProbe.noLongTasks = true;
	}
	const now = () => performance.now();
	document.addEventListener(
		'change',
		(e) => {
			const el = e.target;
			if (el && el.getAttribute && el.getAttribute('data-testid') === 'file-input')
				marks.drop = now();
		},
		true
	);
	document.addEventListener(
		'click',
		(e) => {
			const b = e.target && e.target.closest ? e.target.closest('button') : null;
			if (!b) return;
			const text = b.textContent.trim();
			if (/^(Check all rows|检查全部行)/.test(text)) marks.check = now();
			if (/^(Import |导入 )/.test(text)) marks.commit = now();
		},
		true
	);
	const seen = () => {
		const jobs = document.querySelectorAll('article.job');
		const job = jobs[jobs.length - 1];
		if (!job) return;
		if (marks.drop && !marks.mapping)
			for (const b of job.querySelectorAll('button'))
				if (/^(Check all rows|检查全部行)/.test(b.textContent.trim())) marks.mapping = now();
		if (marks.check && !marks.report && job.querySelector('section.report')) marks.report = now();
		// p.ready: in the workspace and the engine while IndexedDB writes; p.good: saved.
		if (marks.commit && !marks.ready && job.querySelector('p.ready, p.good')) marks.ready = now();
		if (marks.commit && !marks.saved && job.querySelector('p.good')) marks.saved = now();
		if (!marks.failed && job.querySelector('p.bad, [role="alert"]'))
			marks.failed = job.textContent.slice(0, 300);
	};
	const start = () =>
		new MutationObserver(seen).observe(document.documentElement, {
			subtree: true,
			childList: true,
			characterData: true
		});
	if (document.documentElement) start();
	else document.addEventListener('DOMContentLoaded', start);
}
