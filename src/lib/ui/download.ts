/** Saves text or a blob as a file via a temporary object URL (nothing leaves the browser). */
export function download(name: string, data: string | Blob, type = 'text/csv;charset=utf-8'): void {
	const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
