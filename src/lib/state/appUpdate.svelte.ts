// "A new version is available — reload": the service worker of a new deployment installs and
// waits (service-worker.ts), so this tab keeps running its own build until the user chooses to
// reload. This class notices the waiting worker, tells the worker which build this tab runs
// (old caches are dropped only when no tab needs them), and on "reload" lets the new worker
// take over and reloads once it controls the page.
import { version } from '$app/environment';

class AppUpdate {
	/** A new version is installed and waiting. */
	waiting = $state(false);
	private registration: ServiceWorkerRegistration | null = null;

	async init(): Promise<void> {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		const sw = navigator.serviceWorker;
		sw.controller?.postMessage({ type: 'version', version });
		sw.addEventListener('controllerchange', () => {
			sw.controller?.postMessage({ type: 'version', version });
		});
		const reg = (await sw.getRegistration()) ?? null;
		if (!reg) return;
		this.registration = reg;
		const check = () => {
			// A waiting worker with a controller means an update (not the first install).
			this.waiting = !!reg.waiting && !!sw.controller;
		};
		check();
		reg.addEventListener('updatefound', () => {
			const next = reg.installing;
			next?.addEventListener('statechange', check);
		});
		// Look for a new deployment when the tab comes back to the front.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void reg.update().catch(() => {});
		});
	}

	/** Lets the waiting worker take over, then reloads this tab on the new version. */
	reload(): void {
		const next = this.registration?.waiting;
		if (!next) {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		next.postMessage({ type: 'skip-waiting' });
	}
}

export const appUpdate = new AppUpdate();
