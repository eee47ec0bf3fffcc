import { type EventOf, projectStreams, RegistryEvents, unhandledEvent } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

/** What issue-resolution knows of a registry project, from the registry's events only (never its database). */
export interface KnownProject {
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  totalInvestmentWan: number;
  stage: string;
  /** The packaging city leader (§30, projects ≥ 20亿) last assigned, and the last day of the assignment if it ends. */
  leader: Assignment | null;
  /** The project secretary (§31) last assigned. */
  secretary: Assignment | null;
}

export interface Assignment {
  id: string;
  name: string;
  until: string | null;
}

/** The assignment in force on a day, or null. */
export const inForce = (assignment: Assignment | null, day: string): Assignment | null =>
  assignment && (assignment.until === null || assignment.until >= day) ? assignment : null;

export const KNOWN_PROJECTS = 'issue_resolution_registry_projects';

/** The registry events issue-resolution follows (its consumer group skips the others). */
export const FOLLOWED = [
  RegistryEvents.ProjectRegistered,
  RegistryEvents.ProjectDetailsRevised,
  RegistryEvents.ProjectStageAdvanced,
  RegistryEvents.ProjectConstructionStarted,
  RegistryEvents.ProjectConstructionResumed,
  RegistryEvents.ProjectCompleted,
  RegistryEvents.ProjectSuspended,
  RegistryEvents.ProjectReactivated,
  RegistryEvents.ProjectCancelled,
  RegistryEvents.ProjectStageCorrected,
  RegistryEvents.CityLeaderAssigned,
  RegistryEvents.ProjectSecretaryAssigned,
] as const;
export type Followed = EventOf<(typeof FOLLOWED)[number]>;

export const knownProjects = defineProjection({
  name: KNOWN_PROJECTS,
  version: 1,
  events: FOLLOWED,
  keyOf: (event) => projectStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (doc: KnownProject | undefined, event): KnownProject | null => {
    if (event.type === 'ProjectRegistered') {
      const d = event.data;
      return {
        projectId: d.projectId,
        name: d.name,
        localityCode: d.localityCode,
        departmentCode: d.departmentCode,
        totalInvestmentWan: d.totalInvestmentWan,
        stage: 'reserve',
        leader: null,
        secretary: null,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'ProjectDetailsRevised':
        return { ...doc, name: event.data.name ?? doc.name, totalInvestmentWan: event.data.totalInvestmentWan ?? doc.totalInvestmentWan };
      case 'ProjectStageAdvanced':
        return { ...doc, stage: event.data.to };
      case 'ProjectConstructionStarted':
      case 'ProjectConstructionResumed':
        return { ...doc, stage: 'under-construction' };
      case 'ProjectReactivated':
        return { ...doc, stage: event.data.stage };
      case 'ProjectCompleted':
        return { ...doc, stage: 'completed' };
      case 'ProjectSuspended':
        return { ...doc, stage: 'suspended' };
      case 'ProjectCancelled':
        return { ...doc, stage: 'cancelled' };
      case 'ProjectStageCorrected':
        return { ...doc, stage: event.data.to };
      case 'CityLeaderAssigned':
        return { ...doc, leader: { id: event.data.leaderId, name: event.data.leaderName, until: event.data.to } };
      case 'ProjectSecretaryAssigned':
        return { ...doc, secretary: { id: event.data.secretaryId, name: event.data.secretaryName, until: event.data.to } };
      default:
        return unhandledEvent(event);
    }
  },
});
