/**
 * What the fault run checks once the load is over: the registry's commits against what was
 * acknowledged, the topic against the commits (per phase, by the commits' idempotency keys), and
 * each project's history in the projection against its stored events.
 */
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { readWholeTopic } from '@ccpc/event-store';
import { allAcknowledged, type Tally } from './clients';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface StoreFindings {
  lost: number;
  doubled: number;
  /** Stored events by id: their stream and their command's key. */
  stored: Map<string, { streamId: string; key: string }>;
}

export async function checkStore(mongoUri: string, dbName: string, tally: Tally): Promise<StoreFindings> {
  const mongo = new MongoClient(mongoUri);
  await mongo.connect();
  try {
    const commits = await mongo
      .db(dbName)
      .collection<{ idempotencyKey?: string | null; events: Array<{ eventId: string; streamId: string }> }>('es_commits')
      .find({}, { projection: { idempotencyKey: 1, 'events.eventId': 1, 'events.streamId': 1 } })
      .toArray();
    const keyCounts = new Map<string, number>();
    for (const c of commits) keyCounts.set(c.idempotencyKey ?? '', (keyCounts.get(c.idempotencyKey ?? '') ?? 0) + 1);
    const stored = new Map(
      commits.flatMap((c) => c.events.map((e) => [e.eventId, { streamId: e.streamId, key: c.idempotencyKey ?? '' }] as const)),
    );
    return {
      lost: allAcknowledged(tally).filter((k) => !keyCounts.has(k)).length,
      doubled: [...keyCounts.values()].filter((n) => n > 1).length,
      stored,
    };
  } finally {
    await mongo.close();
  }
}

export interface TopicFindings {
  notOnKafka: number;
  /** Per phase: events stored by that phase's commands, and how many extra copies Kafka holds. */
  duplicates: (phase: string) => { events: number; extra: number };
}

/** Waits (up to a minute) for the topic to hold every stored event, then counts what is missing and what is there twice. */
export async function checkTopic(brokers: string, topic: string, stored: StoreFindings['stored'], run: string): Promise<TopicFindings> {
  const kafka = new Kafka({ clientId: 'chaos-check', brokers: [brokers], logLevel: logLevel.NOTHING });
  let onTopic: string[] = [];
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(1000)) {
    onTopic = (await readWholeTopic(kafka, topic)).map((m) => (JSON.parse(m.value) as { eventId: string }).eventId);
    if (new Set(onTopic).size >= stored.size) break;
  }
  const seen = new Map<string, number>();
  for (const id of onTopic) seen.set(id, (seen.get(id) ?? 0) + 1);
  const phaseOf = (key: string) => key.slice(run.length + 1).split('-')[0] ?? '';
  return {
    notOnKafka: [...stored.keys()].filter((id) => !seen.has(id)).length,
    duplicates: (phase) => {
      const ids = [...stored.entries()].filter(([, e]) => phaseOf(e.key) === phase).map(([id]) => id);
      return { events: ids.length, extra: ids.reduce((sum, id) => sum + Math.max(0, (seen.get(id) ?? 0) - 1), 0) };
    },
  };
}

/** Projects whose history in the projection does not hold each of their stored events exactly once (8 asked at a time). */
export async function checkHistories(
  projectionUrl: () => string,
  authorization: string,
  stored: StoreFindings['stored'],
  log: (line: string) => void,
): Promise<number> {
  const perStream = new Map<string, number>();
  for (const e of stored.values()) perStream.set(e.streamId, (perStream.get(e.streamId) ?? 0) + 1);
  const queue = [...perStream];
  let miscounted = 0;
  let checked = 0;
  const timer = setInterval(() => log(`  histories: ${checked} of ${perStream.size} checked`), 5000);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [streamId, count] = next;
      const id = streamId.replace(/^project-/, '');
      let shown = -1;
      for (const deadline = Date.now() + 60_000; Date.now() < deadline && shown !== count;) {
        const history = await fetch(`${projectionUrl()}/projects/${id}/history`, {
          headers: { Authorization: authorization },
          signal: AbortSignal.timeout(10_000),
        })
          .then((r) => r.json() as Promise<{ events?: unknown[] }>)
          .catch(() => ({ events: undefined }));
        shown = history.events?.length ?? -1;
        if (shown !== count) await sleep(500);
      }
      if (shown !== count) miscounted++;
      checked++;
    }
  };
  try {
    await Promise.all(Array.from({ length: 8 }, worker));
  } finally {
    clearInterval(timer);
  }
  return miscounted;
}
