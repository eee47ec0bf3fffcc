import { randomUUID } from 'node:crypto';
import type { Actor, DomainEvent, EventCatalog, EventEnvelope } from '@ccpc/contracts';

/** What a command adds to its events: who, why, and the business time it happened at. */
export interface CommandMetadata {
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  /** Business time of the command (from the injected clock). */
  now: Date;
}

/** One document per command: all its events land together or not at all. */
export interface CommitDocument {
  /** `<streamId>|<first version, zero-padded>`: unique, so one writer per version wins. */
  _id: string;
  streamId: string;
  /** The first stream version in this commit. */
  version: number;
  lastVersion: number;
  events: EventEnvelope[];
  committedAt: Date;
  /**
   * The Idempotency-Key of the command that wrote it (null without one; absent on commits from
   * before it was recorded): a replay is only ever of the same request's commit.
   */
  idempotencyKey?: string | null;
}

export const commitId = (streamId: string, version: number): string => {
  if (streamId.includes('\n')) throw new TypeError(`a stream id cannot contain a line break: ${JSON.stringify(streamId)}`);
  return `${streamId}|${String(version).padStart(10, '0')}`;
};

/** The commit of one command: its events in envelopes (validated by the catalogue), at the versions after `expectedVersion`. */
export function buildCommit(
  catalog: EventCatalog,
  streamId: string,
  expectedVersion: number,
  events: readonly DomainEvent[],
  metadata: CommandMetadata,
  recordedAt: Date,
): CommitDocument {
  return {
    _id: commitId(streamId, expectedVersion + 1),
    streamId,
    version: expectedVersion + 1,
    lastVersion: expectedVersion + events.length,
    committedAt: recordedAt,
    idempotencyKey: null,
    events: events.map((event, i) => {
      const { schemaVersion, data } = catalog.validateNew(event.type, event.data);
      return {
        eventId: randomUUID(),
        type: event.type,
        schemaVersion,
        streamId,
        streamVersion: expectedVersion + i + 1,
        occurredAt: metadata.now.toISOString(),
        recordedAt: recordedAt.toISOString(),
        correlationId: metadata.correlationId,
        causationId: metadata.causationId,
        actor: metadata.actor,
        data,
      };
    }),
  };
}
