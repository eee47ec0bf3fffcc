import type { AggregateDefinition } from '@ccpc/event-store';
import { type ProjectCommand, projectDates, projectDecider, type ProjectEvent, type ProjectState } from '@ccpc/registry-domain';

/** The Project aggregate: its decider, its business dates, snapshots (schema 2: the shared ProjectRecord; older ones are ignored). */
export const projectAggregate: AggregateDefinition<ProjectCommand, ProjectEvent, ProjectState> = {
  name: 'Project',
  decider: projectDecider,
  snapshots: { every: 50, schema: 'project-v2' },
  dates: projectDates,
};
