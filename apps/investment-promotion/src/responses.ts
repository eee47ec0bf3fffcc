import type { Labelled, Page } from '@ccpc/service-kit';
import { responsesOf } from '@ccpc/service-kit';
import type { Compliance, TodoEntry } from '@ccpc/contracts';
import type { Bulletin, LateFacts } from '@ccpc/investment-promotion-domain';
import type { ActivityView } from './activities/activity.view';
import type { CourtshipView } from './conflicts/courtship.view';
import type { LeadView } from './leads/lead.view';

/** The codes of investment promotion and their Chinese names. */
export interface PromotionReference {
  classes: Labelled[];
  regions: Labelled[];
  channels: Labelled[];
  stages: Labelled[];
  activityKinds: Labelled[];
}

/** Every response body of the investment-promotion service (deploy/scripts/response-schemas.ts turns it into the OpenAPI's schemas). */
export interface Responses {
  Lead: LeadView;
  LeadPage: Page<LeadView>;
  Activity: ActivityView;
  ActivityPage: Page<ActivityView>;
  ActivityCompliance: Compliance;
  Courtship: CourtshipView;
  CourtshipPage: Page<CourtshipView>;
  Bulletin: Bulletin;
  LateFacts: LateFacts;
  PromotionReference: PromotionReference;
  Inbox: { items: TodoEntry[]; total: number };
}

export const Responds = responsesOf<Responses>();
