import { type EventOf, projectStreams, RegistryEvents, unhandledEvent } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';
/** What the approval context knows of a registry project: enough to open its case and to gather a concentrated round. */
export interface RegistryProject {
  projectId: string;
  name: string;
  localityCode: string;
  categoryCode: string;
  totalInvestmentWan: number;
  stage: string;
  /** The first start of construction (a project started before a round opened is not a planned new start then). */
  firstStartDate: string | null;
  /** 入库日期 (the registration's business date; the recording day for events before it was recorded). */
  registeredOn: string;
  /** Annual plans it is in, by year: new start or continuing, and the day it was put in the plan. */
  plans: Array<{ year: number; kind: 'new-start' | 'continuing'; date: string }>;
}

export const REGISTRY_PROJECTS = 'approval_registry_projects';

/** The registry events the approval context follows (its consumer group skips the others). */
export const FOLLOWED = [
  RegistryEvents.ProjectRegistered,
  RegistryEvents.ProjectDetailsRevised,
  RegistryEvents.ProjectStageAdvanced,
  RegistryEvents.ProjectConstructionStarted,
  RegistryEvents.ProjectCancelled,
  RegistryEvents.ProjectAddedToAnnualPlan,
] as const;
export type Followed = EventOf<(typeof FOLLOWED)[number]>;

export const registryProjects = defineProjection({
  name: REGISTRY_PROJECTS,
  version: 3, // 2: the first start and cancellations; 3: registration and plan dates (a round gathers what was known on its opening day)
  events: FOLLOWED,
  keyOf: (event) => projectStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (doc: RegistryProject | undefined, event): RegistryProject | null => {
    if (event.type === 'ProjectRegistered') {
      const d = event.data;
      return {
        projectId: d.projectId,
        name: d.name,
        localityCode: d.localityCode,
        categoryCode: d.categoryCode,
        totalInvestmentWan: d.totalInvestmentWan,
        stage: 'reserve',
        firstStartDate: null,
        registeredOn: d.registeredOn ?? event.recordedAt.slice(0, 10),
        plans: [],
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'ProjectDetailsRevised':
        return {
          ...doc,
          name: event.data.name ?? doc.name,
          totalInvestmentWan: event.data.totalInvestmentWan ?? doc.totalInvestmentWan,
        };
      case 'ProjectStageAdvanced':
        return { ...doc, stage: event.data.to };
      case 'ProjectConstructionStarted':
        return { ...doc, stage: 'under-construction', firstStartDate: doc.firstStartDate ?? event.data.date };
      case 'ProjectCancelled':
        return { ...doc, stage: 'cancelled' };
      case 'ProjectAddedToAnnualPlan':
        return {
          ...doc,
          plans: [
            ...doc.plans.filter((p) => p.year !== event.data.year),
            { year: event.data.year, kind: event.data.kind, date: event.data.date ?? event.recordedAt.slice(0, 10) },
          ],
        };
      default:
        return unhandledEvent(event);
    }
  },
});
