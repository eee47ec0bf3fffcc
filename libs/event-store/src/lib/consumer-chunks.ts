import type { EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { EventEnvelope } from '@ccpc/contracts';

/**
 * Applies many events of one partition at once, in order (a backlog after a restart or an
 * outage): an outcome per event. Throwing means "not applied as a batch": the consumer then
 * applies them one by one, with its retries and dead letters.
 */
export type EventBatchHandler = (events: readonly EventEnvelope[]) => Promise<ReadonlyArray<void | 'applied' | 'duplicate' | 'ignored'>>;

/** What the chunked path needs of its consumer. */
export interface ChunkHost {
  batchSize: number;
  handleBatch: EventBatchHandler;
  /** The message's event if the consumer handles it and can read it; 'skip' when not its business; undefined when unreadable. */
  readable(message: KafkaMessage): EventEnvelope | 'skip' | undefined;
  parked(streamId: string): boolean;
  /** The one-by-one path (retries, dead letters, parking). */
  processOne(message: KafkaMessage): Promise<void>;
  stats: { applied: number; redelivered: number; skipped: number };
}

/**
 * A backlog in chunks: the readable events of streams that are not parked go to `handleBatch`
 * together; anything else (an unreadable message, a parked stream) first flushes what is
 * gathered, then takes the one-by-one path, so that every stream keeps its order. Offsets are
 * resolved only once what precedes them is applied.
 */
export async function applyInChunks(
  host: ChunkHost,
  messages: readonly KafkaMessage[],
  payload: Pick<EachBatchPayload, 'resolveOffset' | 'heartbeat' | 'isRunning' | 'isStale'>,
): Promise<void> {
  // Messages not this consumer's business ride along (no event) so that their offsets resolve in order.
  let chunk: Array<{ message: KafkaMessage; event?: EventEnvelope }> = [];
  const flush = async () => {
    const last = chunk.at(-1);
    if (!last) return;
    const taken = chunk;
    chunk = [];
    const events = taken.flatMap((c) => (c.event ? [c.event] : []));
    const outcomes = events.length > 0 ? await host.handleBatch(events).catch(() => undefined) : [];
    if (outcomes) {
      for (const outcome of outcomes) if (outcome === 'duplicate') host.stats.redelivered++;
      host.stats.applied += outcomes.filter((o) => o !== 'duplicate').length;
    } else {
      // Not as a batch: one by one, with the retries and dead letters of a single event.
      for (const { message, event } of taken) if (event) await host.processOne(message);
    }
    payload.resolveOffset(last.message.offset);
    await payload.heartbeat();
  };
  for (const message of messages) {
    if (!payload.isRunning() || payload.isStale()) break;
    const event = host.readable(message);
    if (event === 'skip') {
      host.stats.skipped++;
      if (chunk.length === 0) payload.resolveOffset(message.offset);
      else chunk.push({ message }); // resolved with its chunk
      continue;
    }
    if (event && !host.parked(event.streamId)) {
      chunk.push({ message, event });
      if (chunk.length >= host.batchSize) await flush();
      continue;
    }
    await flush();
    await host.processOne(message);
    payload.resolveOffset(message.offset);
    await payload.heartbeat();
  }
  await flush();
}
