import { REGISTRY_EVENT_TYPES, type ServiceName } from '@ccpc/contracts';
import { defineProjection, type ProjectionDefinition } from '@ccpc/eventsourcing';
import { dashboardApprovals } from './approvals';
import { cityStatistics } from './city-statistics';
import { evolveTimeline, type ProjectTimeline } from './timeline';

/** One document per project: its whole registry history, from which every view is folded. */
export const DASHBOARD_PROJECTS = 'dashboard_projects';

export const dashboardProjects = defineProjection<ProjectTimeline>({
  name: DASHBOARD_PROJECTS,
  version: 3, // 2: entries stored as one JSON string; 3: every entry has a business date, kept in business-date order
  handles: REGISTRY_EVENT_TYPES,
  evolve: evolveTimeline,
});

/**
 * The projection service's read models and the services whose topics each follows — for the
 * service's wiring and for the rebuild command alike. Other services join as they publish.
 */
export const PROJECTION_READ_MODELS: ReadonlyArray<{ projection: ProjectionDefinition<object>; from: readonly ServiceName[] }> = [
  { projection: dashboardProjects as unknown as ProjectionDefinition<object>, from: ['registry'] },
  { projection: cityStatistics as unknown as ProjectionDefinition<object>, from: ['assessment'] },
  { projection: dashboardApprovals as unknown as ProjectionDefinition<object>, from: ['approval'] },
];
