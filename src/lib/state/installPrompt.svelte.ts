// The browser's offer to install the app (Chromium's `beforeinstallprompt`), kept until the
// user takes it: the header shows "Install app" only while an offer is there.

interface InstallEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

class InstallPrompt {
	available = $state(false);
	private offer: InstallEvent | null = null;

	init() {
		window.addEventListener('beforeinstallprompt', (e) => {
			// Keep the browser's own mini-bar away; the header button asks when the user wants.
			e.preventDefault();
			this.offer = e as InstallEvent;
			this.available = true;
		});
		window.addEventListener('appinstalled', () => {
			this.offer = null;
			this.available = false;
		});
	}

	async install() {
		const offer = this.offer;
		if (!offer) return;
		await offer.prompt();
		await offer.userChoice;
		// An offer can be used once; the browser sends a new one if the user may ask again.
		this.offer = null;
		this.available = false;
	}
}

export const installPrompt = new InstallPrompt();
