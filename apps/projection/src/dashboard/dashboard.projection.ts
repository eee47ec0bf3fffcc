import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';
import { type ReadModel, readModel } from '@ccpc/event-store-nest';
import { PROJECTION_READ_MODELS } from '@ccpc/projection-domain';

export const projectionCatalog = new EventCatalog(ALL_EVENT_DEFINITIONS);

/** The read models this service keeps, wired like every service's. */
export const PROJECTION_SOURCES: readonly ReadModel[] = PROJECTION_READ_MODELS.map(({ projection, from }) => readModel(projection, from));
