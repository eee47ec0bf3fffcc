import { evolveProjectRecord, type ProjectRecord, projectStreams, REGISTRY_EVENTS } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

/** The registry's list of projects, kept from its own topic: what officers search, page through and open. */
export interface ProjectView extends ProjectRecord {
  /** The project stream's version: send it back as If-Match. */
  version: number;
  updatedAt: string;
}

export const PROJECTS_VIEW = 'registry_projects';

/** Every registry event, through the shared project fold, stamped with the stream version it has reached. */
export const projectsView = defineProjection({
  name: PROJECTS_VIEW,
  version: 2, // 2: the shared ProjectRecord fold (resumptions, reports, assignments with dates)
  events: REGISTRY_EVENTS,
  keyOf: (event) => projectStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: ProjectView | undefined, event): ProjectView | null => {
    const record = evolveProjectRecord(view ?? null, event);
    return record && { ...record, version: event.streamVersion, updatedAt: event.recordedAt };
  },
});
