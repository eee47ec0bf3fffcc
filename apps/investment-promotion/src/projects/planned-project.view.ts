import { cityDate, projectStreams, RegistryEvents } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

/**
 * What the bulletin's planning information (谋划信息, 四(二)) needs of each project entering the
 * reserve: from the registry's ProjectRegistered only (never its database), with when it was recorded.
 */
export interface PlannedProject {
  projectId: string;
  name: string;
  localityCode: string;
  categoryCode: string;
  sourceCode: string;
  totalInvestmentWan: number;
  /** The day it entered the reserve (the recording day for events that carry none). */
  registeredOn: string;
  registeredMonth: string;
  recordedAt: string;
  leadId: string | null;
}

export const PLANNED_PROJECTS = 'investment_promotion_registry_projects';

export const plannedProjects = defineProjection({
  name: PLANNED_PROJECTS,
  version: 1,
  events: [RegistryEvents.ProjectRegistered],
  keyOf: (event) => projectStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (_doc: PlannedProject | undefined, event): PlannedProject => {
    const d = event.data;
    const registeredOn = d.registeredOn ?? cityDate(event.recordedAt);
    return {
      projectId: d.projectId,
      name: d.name,
      localityCode: d.localityCode,
      categoryCode: d.categoryCode,
      sourceCode: d.sourceCode,
      totalInvestmentWan: d.totalInvestmentWan,
      registeredOn,
      registeredMonth: registeredOn.slice(0, 7),
      recordedAt: event.recordedAt,
      leadId: d.leadId ?? null,
    };
  },
});
