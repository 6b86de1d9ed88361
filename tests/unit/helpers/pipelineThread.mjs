// Worker-thread entry for runBounded: loads the TypeScript pipeline through tsx and runs
// each file it is sent, so the parent can terminate a run that does not finish in time.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { runPipeline } = await tsImport('./runPipeline.ts', import.meta.url);

parentPort.on('message', ({ id, bytes, name, today }) => {
	const result = runPipeline(bytes, name, today);
	const transfer = [];
	if (result.outcome === 'report')
		for (const c of Object.values(result.dataset.columns))
			transfer.push(c.type === 'dict' ? c.codes.buffer : c.values.buffer);
	parentPort.postMessage({ id, result }, transfer);
});
parentPort.postMessage({ ready: true });
