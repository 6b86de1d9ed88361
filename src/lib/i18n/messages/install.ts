// Installing the app from the browser, in English and Simplified Chinese.

const en = {
	'install.button': 'Install app',
	'install.hint':
		'Install CRM Workbench as an app on this device: it opens in its own window and works offline.'
};

const zh: Record<keyof typeof en, string> = {
	'install.button': '安装应用',
	'install.hint': '把 CRM 工作台安装到本机：在独立窗口中打开，离线也能使用。'
};

export const installMessages = { en, zh };
