import { ISSUE_CYCLE_EVENTS, issueCycleStreams } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';
import { evolveMonthlyCycle, type MonthlyCycle } from '@ccpc/issue-resolution-domain';

export interface MonthlyCycleView extends MonthlyCycle {
  version: number;
}

export const CYCLE_VIEW = 'issue_resolution_cycles';

export const monthlyCycleView = defineProjection({
  name: CYCLE_VIEW,
  version: 1,
  events: ISSUE_CYCLE_EVENTS,
  keyOf: (event) => issueCycleStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: MonthlyCycleView | undefined, event): MonthlyCycleView => ({
    ...evolveMonthlyCycle(view ?? null, event),
    version: event.streamVersion,
  }),
});
