import { REGISTRY_EVENTS, type ServiceName } from '@ccpc/contracts';
import { defineProjection, type ProjectionDefinition } from '@ccpc/eventsourcing';
import { dashboardApprovals } from './approvals';
import { cityStatistics } from './city-statistics';
import { dashboardIssues, dashboardMeetings } from './issues';
import { dashboardActivities, dashboardLeads } from './promotion';
import { evolveTimeline } from './timeline';

/** One document per project: its whole registry history, from which every view is folded. */
export const DASHBOARD_PROJECTS = 'dashboard_projects';

export const dashboardProjects = defineProjection({
  name: DASHBOARD_PROJECTS,
  version: 3, // 2: entries stored as one JSON string; 3: every entry has a business date, kept in business-date order
  events: REGISTRY_EVENTS,
  evolve: evolveTimeline,
});

/**
 * The projection service's read models and the services whose topics each follows — for the
 * service's wiring and for the rebuild command alike. Other services join as they publish.
 */
export const PROJECTION_READ_MODELS: ReadonlyArray<{ projection: ProjectionDefinition<object>; from: readonly ServiceName[] }> = [
  { projection: dashboardProjects, from: ['registry'] },
  { projection: cityStatistics, from: ['assessment'] },
  { projection: dashboardApprovals, from: ['approval'] },
  { projection: dashboardIssues, from: ['issue-resolution'] },
  { projection: dashboardMeetings, from: ['issue-resolution'] },
  { projection: dashboardLeads, from: ['investment-promotion'] },
  { projection: dashboardActivities, from: ['investment-promotion'] },
];
