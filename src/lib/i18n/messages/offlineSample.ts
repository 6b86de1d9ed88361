// A sample asked for offline before it was ever used (the service worker keeps only the app
// shell until a sample is fetched once; issue 22).
const en = {
	'offlineSample.notCached':
		'You are offline and this sample has not been used on this device yet: connect once to load it, after that it works offline too.'
};

const zh: typeof en = {
	'offlineSample.notCached':
		'当前处于离线状态，且本设备尚未用过这个样本：请联网加载一次，之后离线也能使用。'
};

export const offlineSample = { en, zh };
