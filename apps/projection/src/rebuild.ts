import { topicName } from '@ccpc/contracts';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { ProjectionStore, type RebuildProgress, rebuildProjection } from '@ccpc/event-store';
import { PROJECTION_SOURCES, projectionCatalog } from './dashboard/dashboard.projection';

/** Every read model of the projection service, rebuilt from the topics into fresh generations and switched. */
export async function rebuildReadModels(kafka: Kafka, connection: Connection, topicPrefix: string, onProgress?: (name: string, p: RebuildProgress) => void) {
  const results = [];
  for (const { projection, from = [] } of PROJECTION_SOURCES) {
    const store = new ProjectionStore(connection, projection);
    const topics = from.map((producer) => topicName(producer, topicPrefix));
    const result = await rebuildProjection(kafka, store, { topics, catalog: projectionCatalog, onProgress: (p) => onProgress?.(projection.name, p) });
    results.push({ name: projection.name, ...result, generation: await store.activeGeneration(true) });
  }
  return results;
}
