import type { EventDefinition } from '../event-definition';
import { REGISTRY_EVENTS } from './registry';
import { APPROVAL_EVENTS } from './approval';
import { ASSESSMENT_EVENTS } from './assessment';
import { ISSUE_EVENTS } from './issue';
import { ISSUE_CYCLE_EVENTS, MEETING_EVENTS } from './meeting';
import { COURTSHIP_EVENTS, LEAD_EVENTS } from './lead';
import { ACTIVITY_EVENTS } from './activity';

/**
 * Every event contract of the platform, one folder per producing context. A new event is
 * added here; `npm run contracts:docs` then regenerates docs/asyncapi.yaml.
 */
export const ALL_EVENT_DEFINITIONS: readonly EventDefinition[] = [
  ...REGISTRY_EVENTS,
  ...ASSESSMENT_EVENTS,
  ...APPROVAL_EVENTS,
  ...ISSUE_EVENTS,
  ...MEETING_EVENTS,
  ...ISSUE_CYCLE_EVENTS,
  ...LEAD_EVENTS,
  ...COURTSHIP_EVENTS,
  ...ACTIVITY_EVENTS,
];

const labels = new Map(ALL_EVENT_DEFINITIONS.map((d) => [d.type, d.label]));
/** What an event type is called on screen (its contract's label); the type itself for one no contract knows. */
export const eventLabel = (type: string): string => labels.get(type) ?? type;
