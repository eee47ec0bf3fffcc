import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type ProjectionStore, ReadModelMirror } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import {
  type ActivityAt,
  activityAt,
  type ActivityDocument,
  DASHBOARD_ACTIVITIES,
  DASHBOARD_LEADS,
  type LeadAt,
  leadAt,
  type LeadDocument,
} from '@ccpc/projection-domain';

/** The leads and activities the projection keeps (one document each), mirrored once for the promotion views, folded at a point. */
@Injectable()
export class PromotionReadModels implements OnModuleDestroy {
  private readonly leads: ReadModelMirror<LeadDocument>;
  private readonly activities: ReadModelMirror<ActivityDocument>;

  constructor(
    @Inject(readModelToken(DASHBOARD_LEADS)) readonly leadStore: ProjectionStore<LeadDocument>,
    @Inject(readModelToken(DASHBOARD_ACTIVITIES)) readonly activityStore: ProjectionStore<ActivityDocument>,
  ) {
    this.leads = new ReadModelMirror(leadStore);
    this.activities = new ReadModelMirror(activityStore);
    this.leads.keepWarm();
    this.activities.keepWarm();
  }

  onModuleDestroy(): void {
    this.leads.close();
    this.activities.close();
  }

  async leadsAt(asOf: string, knownAt?: string): Promise<LeadAt[]> {
    const out: LeadAt[] = [];
    for (const { doc } of (await this.leads.current()).values()) {
      const at = leadAt(doc, asOf, knownAt);
      if (at) out.push(at);
    }
    return out;
  }

  async activitiesAt(asOf: string, knownAt?: string): Promise<ActivityAt[]> {
    const out: ActivityAt[] = [];
    for (const { doc } of (await this.activities.current()).values()) {
      const at = activityAt(doc, asOf, knownAt);
      if (at) out.push(at);
    }
    return out;
  }

  /** A lead with all its facts, for the history of the project it landed as. */
  lead(leadId: string): Promise<LeadDocument | undefined> {
    return this.leadStore.get(`lead-${leadId}`);
  }
}
