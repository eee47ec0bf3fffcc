import { randomUUID } from 'node:crypto';
import type { IHeaders, Kafka } from 'kafkajs';
import { deadLetterTopic, retryTopic } from '@ccpc/contracts';
import { DLQ_HEADERS } from './event-consumer';

export interface DeadLetter {
  /** `partition:offset` in the dead-letter topic. */
  id: string;
  streamId: string;
  reason: string;
  error: string;
  handler: string;
  attempts: number;
  originalTopic: string;
  originalOffset: string;
  at: string;
  eventType: string;
  eventId: string;
  value: string;
  redriven: boolean;
}

const REDRIVE_OF = 'redrive-of';

function header(headers: IHeaders | undefined, name: string): string {
  const value = headers?.[name];
  return value === undefined ? '' : String(Array.isArray(value) ? value[0] : value);
}

interface RawMessage {
  partition: number;
  offset: string;
  key: string;
  value: string;
  headers: IHeaders;
}

/** Every message of a topic up to its current end, in offset order per partition. */
export async function readWholeTopic(kafka: Kafka, topic: string): Promise<RawMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    if (!(await admin.listTopics()).includes(topic)) return [];
    const offsets = await admin.fetchTopicOffsets(topic);
    ends = new Map(offsets.map((o) => [o.partition, BigInt(o.high)]));
  } finally {
    await admin.disconnect();
  }
  const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p));
  const messages: RawMessage[] = [];
  if (pending.size === 0) return messages;
  const consumer = kafka.consumer({ groupId: `dlq-reader-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolveAll, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${topic} took longer than 60 s`)), 60_000);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const end = ends.get(partition) ?? 0n;
          if (BigInt(message.offset) < end) {
            messages.push({
              partition,
              offset: message.offset,
              key: String(message.key ?? ''),
              value: String(message.value ?? ''),
              headers: message.headers ?? {},
            });
          }
          if (BigInt(message.offset) >= end - 1n) pending.delete(partition);
          if (pending.size === 0) {
            clearTimeout(timer);
            resolveAll();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return messages.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}

/** The dead letters of a consumer group, each marked when it has been re-driven already. */
export async function listDeadLetters(kafka: Kafka, group: string, prefix = ''): Promise<DeadLetter[]> {
  const [dead, retried] = await Promise.all([
    readWholeTopic(kafka, deadLetterTopic(group, prefix)),
    readWholeTopic(kafka, retryTopic(group, prefix)),
  ]);
  const redriven = new Set(retried.map((m) => header(m.headers, REDRIVE_OF)));
  return dead.map((m) => {
    const id = `${m.partition}:${m.offset}`;
    return {
      id,
      streamId: m.key,
      reason: header(m.headers, DLQ_HEADERS.reason),
      error: header(m.headers, DLQ_HEADERS.error),
      handler: header(m.headers, DLQ_HEADERS.handler),
      attempts: Number(header(m.headers, DLQ_HEADERS.attempts) || 0),
      originalTopic: header(m.headers, DLQ_HEADERS.topic),
      originalOffset: `${header(m.headers, DLQ_HEADERS.partition)}:${header(m.headers, DLQ_HEADERS.offset)}`,
      at: header(m.headers, DLQ_HEADERS.at),
      eventType: header(m.headers, 'event-type'),
      eventId: header(m.headers, 'event-id'),
      value: m.value,
      redriven: redriven.has(id),
    };
  });
}

/**
 * Sends dead letters back to the group through `<group>.retry`, in their original order per
 * stream. By default every dead letter not re-driven yet; `streamId` narrows it to one stream.
 */
export async function redriveDeadLetters(
  kafka: Kafka,
  group: string,
  options: { prefix?: string; streamId?: string; includeRedriven?: boolean } = {},
): Promise<DeadLetter[]> {
  const letters = (await listDeadLetters(kafka, group, options.prefix)).filter(
    (l) => (options.includeRedriven || !l.redriven) && (!options.streamId || l.streamId === options.streamId),
  );
  if (letters.length === 0) return [];
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await producer.send({
      topic: retryTopic(group, options.prefix),
      acks: -1,
      messages: letters.map((l) => ({
        key: l.streamId,
        value: l.value,
        headers: { 'event-type': l.eventType, 'event-id': l.eventId, [REDRIVE_OF]: l.id, [DLQ_HEADERS.topic]: l.originalTopic },
      })),
    });
  } finally {
    await producer.disconnect();
  }
  return letters;
}
