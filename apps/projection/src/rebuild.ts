import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { ProjectionStore, type RebuildProgress, rebuildProjection } from '@ccpc/event-store';
import { dashboardProjects } from './dashboard/dashboard.projection';
import { catalog, consumedTopics } from './service';

/** Every read model of the projection service, rebuilt from the topics into fresh generations and switched. */
export const READ_MODELS = [dashboardProjects];

export async function rebuildReadModels(kafka: Kafka, connection: Connection, topicPrefix: string, onProgress?: (name: string, p: RebuildProgress) => void) {
  const results = [];
  for (const definition of READ_MODELS) {
    const store = new ProjectionStore(connection, definition);
    const result = await rebuildProjection(kafka, store, { topics: consumedTopics(topicPrefix), catalog, onProgress: (p) => onProgress?.(definition.name, p) });
    results.push({ name: definition.name, ...result, generation: await store.activeGeneration(true) });
  }
  return results;
}
