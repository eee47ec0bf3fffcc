/**
 * The cockpit's colours for a target's standing. The standing itself — the light, its label and
 * why — is the projection's (GET /dashboard, each indicator's `standing`): judged by the target's
 * own period, so every screen and report shows the same light.
 */
import type { IndicatorValue } from '../../api/types';

export type Light = IndicatorValue['standing']['light'];

export const LIGHT_COLOURS: Record<Light, string> = { green: '#2f9e44', yellow: '#e8a100', red: '#c92a2a', none: '#8c8c8c' };
/** A light as a label: dark text on a pale ground (WCAG AA contrast), the colour itself on the card's edge. */
export const LIGHT_TAGS: Record<Light, { color: string; background: string }> = {
  green: { color: '#1b5e20', background: '#e8f5e9' },
  yellow: { color: '#6d4600', background: '#fff4d6' },
  red: { color: '#a51111', background: '#fdecea' },
  none: { color: '#424242', background: '#f0f0f0' },
};
