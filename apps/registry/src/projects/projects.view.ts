import {
  type EventEnvelope,
  evolveProjectRecord,
  isRegistryEvent,
  type ProjectRecord,
  projectStreams,
  REGISTRY_EVENT_TYPES,
} from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

/** The registry's list of projects, kept from its own topic: what officers search, page through and open. */
export interface ProjectView extends ProjectRecord {
  /** The project stream's version: send it back as If-Match. */
  version: number;
  updatedAt: string;
}

export const PROJECTS_VIEW = 'registry_projects';

/** The shared project fold, stamped with the stream version it has reached. */
function evolve(view: ProjectView | undefined, envelope: EventEnvelope): ProjectView | null {
  if (!isRegistryEvent(envelope)) return view ?? null;
  const record = evolveProjectRecord(view ?? null, envelope);
  return record && { ...record, version: envelope.streamVersion, updatedAt: envelope.recordedAt };
}

export const projectsView = defineProjection<ProjectView>({
  name: PROJECTS_VIEW,
  version: 2, // 2: the shared ProjectRecord fold (resumptions, reports, assignments with dates)
  handles: REGISTRY_EVENT_TYPES,
  keyOf: (event) => projectStreams.entityId(event.streamId) ?? event.streamId,
  evolve,
});
