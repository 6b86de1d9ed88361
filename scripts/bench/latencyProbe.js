// Installed in the page before any app code (page.addInitScript): the sample-latency marks of
// `npm run bench` taken in the page itself, so no Playwright round trip sits inside a
// measurement. window.__latency.arm(kind, target) is called right before a click; the click's
// own timestamp starts the clock (capture listener), and a MutationObserver stops it when the
// state is reached:
//   load    — the "sample loaded" status line (home page, p.good[role=status])
//   chart   — a chart (figure.chart svg with a mark) that was not on the page at the click,
//             with the address at `target`
//   drill   — a row of the drill-down dialog's customer list
// Also every long main-thread task (PerformanceObserver 'longtask', ≥ 50 ms by definition).
// Serialised with toString(), so it must stay self-contained.
export function latencyProbe() {
	const tasks = [];
	const results = [];
	let armed = null;
	window.__latency = {
		tasks,
		results,
		arm(kind, target) {
			armed = {
				kind,
				target,
				clickAt: null,
				before: new Set(document.querySelectorAll('figure.chart'))
			};
		}
	};
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		window.__latency.noLongTasks = true;
	}
	const reached = (a) => {
		if (a.kind === 'load') return !!document.querySelector('p.good[role="status"]');
		if (a.kind === 'drill')
			return !!document.querySelector(
				'[data-testid="drill-dialog"] [data-testid="customer-list"] tbody tr'
			);
		if (a.kind === 'chart') {
			if (!location.pathname.endsWith(a.target)) return false;
			for (const f of document.querySelectorAll('main figure.chart'))
				if (!a.before.has(f) && f.querySelector('svg :is(rect, path, circle, polygon, line)'))
					return true;
		}
		return false;
	};
	const check = () => {
		if (!armed || armed.clickAt === null) return;
		if (reached(armed)) {
			const end = performance.now();
			results.push({ kind: armed.kind, target: armed.target, start: armed.clickAt, end });
			armed = null;
		}
	};
	document.addEventListener(
		'click',
		() => {
			if (armed && armed.clickAt === null) {
				armed.clickAt = performance.now();
				// The state may already hold (nothing to wait for): checked after this task.
				queueMicrotask(check);
			}
		},
		true
	);
	const start = () =>
		new MutationObserver(check).observe(document.documentElement, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true
		});
	if (document.documentElement) start();
	else document.addEventListener('DOMContentLoaded', start);
}
