// The recommendation question of NPS is asked on 0–10, but a survey where nobody answered 0 looks
// like 1–10 to scale detection (the teaching sample's `recommend`). When the item is mapped to
// recommendation, its header names the recommend question in words, and 0–10 fits the answers as
// well as 1–10, we SUGGEST 0–10: the page offers to declare it, but the answers decide until the
// user does (issue 14). ECSI-style codes (CUSL3) get no suggestion.
import type { Construct } from '../../analytics/satisfaction/constructs';
import type { Scale, ScaleDetection } from '../../analytics/satisfaction/detectScale';

const RECOMMEND_WORDS = /recommend|\bnps\b|promoter|推荐|口碑/i;

export function satisfactionNpsScale(
	header: string,
	construct: Construct | null,
	detection: Pick<ScaleDetection, 'scale' | 'candidates'>
): Scale | null {
	if (construct !== 'recommendation' || !RECOMMEND_WORDS.test(header.replace(/_/g, ' ')))
		return null;
	const s = detection.scale;
	if (!s || s[0] !== 1 || s[1] !== 10) return null;
	return detection.candidates.some(([lo, hi]) => lo === 0 && hi === 10) ? [0, 10] : null;
}
