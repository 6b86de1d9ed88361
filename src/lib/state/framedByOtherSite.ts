// Whether this page is shown inside a frame of another site. Such a site could lay its own
// content over the app and make a visitor click "Replace my workspace" on a link's data
// (clickjacking). The HTTP header `Content-Security-Policy: frame-ancestors 'self'` stops it
// where the host can send headers (docs/deploy.md); a <meta> CSP cannot, so the layout also
// refuses to run the app in such a frame. A frame of this same origin is allowed.
export function framedByOtherSite(w: Window): boolean {
	if (w.self === w.top) return false;
	try {
		// Reading a cross-origin parent's location throws.
		return w.top?.location.origin !== w.location.origin;
	} catch {
		return true;
	}
}
