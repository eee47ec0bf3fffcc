/**
 * Stream ids: `<aggregate>-<id>`, built and taken apart in one place. The Kafka key of every
 * event is its stream id, so a consumer keys its documents with `entityId`.
 */
export interface StreamIds {
  readonly prefix: string;
  streamId(entityId: string): string;
  /** The entity id of a stream of this kind; undefined for a stream of another aggregate. */
  entityId(streamId: string): string | undefined;
}

export function streamIds(aggregate: string): StreamIds {
  const prefix = `${aggregate}-`;
  return {
    prefix,
    streamId: (entityId) => `${prefix}${entityId}`,
    entityId: (streamId) => (streamId.startsWith(prefix) ? streamId.slice(prefix.length) : undefined),
  };
}

/** The registry's Project streams: `project-<uuid>`. */
export const projectStreams = streamIds('project');
