import { ALL_EVENT_DEFINITIONS, EventCatalog, REGISTRY_EVENT_TYPES } from '@ccpc/contracts';
import { type ReadModel, readModel } from '@ccpc/event-store-nest';
import { defineProjection } from '@ccpc/eventsourcing';
import { evolveTimeline, type ProjectTimeline } from '@ccpc/projection-domain';

/** One document per project: its whole registry history, from which every view is folded. */
export const DASHBOARD_PROJECTS = 'dashboard_projects';

export const dashboardProjects = defineProjection<ProjectTimeline>({
  name: DASHBOARD_PROJECTS,
  version: 2, // 2: entries stored as one JSON string
  handles: REGISTRY_EVENT_TYPES,
  evolve: evolveTimeline,
});

export const projectionCatalog = new EventCatalog(ALL_EVENT_DEFINITIONS);

/** The projection service's read models and the topics each follows; the other services join as they publish. */
export const PROJECTION_SOURCES: readonly ReadModel[] = [readModel(dashboardProjects, ['registry'])];
