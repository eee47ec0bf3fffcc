/**
 * The cockpit's red / yellow / green for a target: how far the actual is along, against how much
 * of the year has gone by (counts), or against the target itself (shares, coverage, growth).
 */
export type Light = 'green' | 'yellow' | 'red' | 'none';

export interface Progress {
  kind: 'count' | 'share' | 'coverage' | 'growth';
  reached: number | null;
  met: boolean | null;
}

export const LIGHT_COLOURS: Record<Light, string> = { green: '#2f9e44', yellow: '#e8a100', red: '#c92a2a', none: '#8c8c8c' };
/** A light as a label: dark text on a pale ground (WCAG AA contrast), the colour itself on the card's edge. */
export const LIGHT_TAGS: Record<Light, { color: string; background: string }> = {
  green: { color: '#1b5e20', background: '#e8f5e9' },
  yellow: { color: '#6d4600', background: '#fff4d6' },
  red: { color: '#a51111', background: '#fdecea' },
  none: { color: '#424242', background: '#f0f0f0' },
};
export const LIGHT_LABELS: Record<Light, string> = { green: '正常', yellow: '关注', red: '滞后', none: '无目标' };

/** Share of the year gone by on `asOf` (1 January → 1/365, 31 December → 1). */
export function yearElapsed(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return (Math.round((Date.parse(`${asOf}T00:00:00Z`) - start) / 86_400_000) + 1) / days;
}

/**
 * Counts: green once met or at least on pace (reached ≥ share of the year gone by), yellow from
 * 80% of pace, red below. Other kinds: green when met, yellow from 90% of the target, red below.
 */
export function lightOf(p: Progress, asOf: string): Light {
  if (p.reached === null) return 'none';
  if (p.met) return 'green';
  const pace = p.kind === 'count' ? yearElapsed(asOf) : 1;
  if (p.reached >= pace) return 'green';
  return p.reached >= pace * (p.kind === 'count' ? 0.8 : 0.9) ? 'yellow' : 'red';
}
