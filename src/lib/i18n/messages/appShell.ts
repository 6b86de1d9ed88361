// Framing guard and update prompt (issue 19).
const en = {
	'frame.notice':
		'For your safety CRM Workbench does not run inside another website’s frame: that site could hide the app’s buttons under its own. Open it in its own window.',
	'frame.open': 'Open CRM Workbench in a new window',
	'update.available': 'A new version of CRM Workbench is available.',
	'update.reload': 'Reload to update'
};

const zh: typeof en = {
	'frame.notice':
		'为了你的安全，CRM Workbench 不在其他网站的框架内运行：那个网站可能把本应用的按钮藏在它自己的内容之下。请在独立窗口中打开。',
	'frame.open': '在新窗口中打开 CRM Workbench',
	'update.available': 'CRM Workbench 有新版本可用。',
	'update.reload': '重新加载以更新'
};

export const appShell = { en, zh };
