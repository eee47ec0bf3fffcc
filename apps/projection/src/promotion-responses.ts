import type { ActivityKind, Compliance } from '@ccpc/contracts';
import type { PromotionFigures } from '@ccpc/projection-domain';
import type { ViewHeader } from './responses';

export interface PromotionRow extends PromotionFigures {
  code: string;
  name: string;
}

/** A promotion duty of §25/§26 not met in a period that has ended. */
export interface PromotionWarning {
  rule: 'locality-activity-missing' | 'leaders-trip-missing' | 'docking-missing';
  /** The month (YYYY-MM) or quarter (YYYY-Qn). */
  period: string;
  /** The locality without an activity, or the docking kind not held. */
  code: string | null;
  message: string;
}

export interface PromotionActivities {
  held: number;
  attendance: number;
  deals: number;
  dealAmountWan: number;
  byKind: Array<{ kind: ActivityKind; name: string; held: number }>;
}

/** The promotion panel (§15–§20, §25, §26): the pipeline, the year's contracts and landings, conversion, and activity compliance. */
export interface PromotionPanel extends ViewHeader {
  totals: PromotionFigures;
  byLocality: PromotionRow[];
  byClass: PromotionRow[];
  byRegion: PromotionRow[];
  byChannel: PromotionRow[];
  activities: PromotionActivities;
  compliance: Compliance;
  warnings: PromotionWarning[];
}
