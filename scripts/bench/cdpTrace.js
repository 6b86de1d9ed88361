// A Chrome trace of one page over CDP (V8's sampling profiler included), shared by the bench's
// import runs (appRun.js) and the long-task reader (longTaskTrace.js).
const CATEGORIES = [
	'toplevel',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'blink.user_timing',
	'v8',
	'v8.execute',
	'disabled-by-default-v8.cpu_profiler'
];

/** Starts a trace; `stop()` gives its events and the time of the mark set at the start. */
export async function startTrace(context, page) {
	const cdp = await context.newCDPSession(page);
	const events = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
	const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
	await cdp.send('Tracing.start', {
		transferMode: 'ReportEvents',
		traceConfig: { includedCategories: CATEGORIES }
	});
	// A mark ties the page's clock (performance.now) to the trace's (see longTaskTrace.js).
	const markAt = await page.evaluate(() => performance.mark('longTaskTrace').startTime);
	return {
		async stop() {
			await cdp.send('Tracing.end');
			await done;
			await cdp.detach();
			return { events, markAt };
		}
	};
}
