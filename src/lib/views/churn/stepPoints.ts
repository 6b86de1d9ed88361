// A Kaplan–Meier curve's (time, survival) points as a step line starting at (0, 1): survival
// holds its value until the next event time.
export function stepPoints(points: readonly { time: number; survival: number }[]) {
	const out = [{ x: 0, y: 1 }];
	let prev = 1;
	for (const p of points) {
		if (p.time > 0) out.push({ x: p.time, y: prev });
		out.push({ x: p.time, y: p.survival });
		prev = p.survival;
	}
	return out;
}
