import type { CommitDocument } from './commits';
import type { MongoEventStore } from './mongo-event-store';

/** One commit awaiting publication; `eventId` (its first event's) tells it from a rival writer's. */
export interface OutboxEntry {
  commitId: string;
  streamId: string;
  version: number;
  eventId: string;
}

/**
 * Pending publication, written before its commits and removed once Kafka acknowledged them.
 * One command: `_id` is its commit's id (also a claim on that version). A batch of commands
 * (appendMany): `_id` is `batch|<uuid>`; commits that lost a race are taken out of it.
 * Markers stay small (the relay scans them all each round); events are read from the process's
 * memory when it appended them, else from the commit.
 */
export interface OutboxMarker {
  _id: string;
  createdAt: Date;
  /**
   * One line per commit, `<commitId> <eventId>`: FerretDB reads a string ~10× faster than the
   * same entries as an array of objects, and the relay reads every marker each round.
   */
  entries: string;
}

export const encodeEntries = (entries: readonly OutboxEntry[]): string => entries.map((e) => `${e.commitId} ${e.eventId}`).join('\n');

export function decodeEntries(encoded: string): OutboxEntry[] {
  return encoded.split('\n').map((line) => {
    const space = line.lastIndexOf(' ');
    const commitId = line.slice(0, space);
    const bar = commitId.lastIndexOf('|');
    return { commitId, streamId: commitId.slice(0, bar), version: Number(commitId.slice(bar + 1)), eventId: line.slice(space + 1) };
  });
}

type DecodedMarker = OutboxMarker & { decoded: OutboxEntry[] };

/** Commits looked up by key in one query (FerretDB answers `_id: {$in}` from its index up to 10,000 keys). */
const LOOKUPS_PER_QUERY = 1000;

/** What the relay publishes in one round, and what to do with the markers once Kafka has it. */
export interface OutboxRound {
  /** Per stream in version order, without gaps. */
  commits: CommitDocument[];
  /** Markers whose commits are all published by this round, or belonged to dead writers. */
  done: string[];
  /** Markers of which only some commits are in this round: what remains of them. */
  partial: Array<{ _id: string; entries: OutboxEntry[] }>;
  /** When the oldest marker read was written (none: the outbox was empty). */
  oldestMarker?: Date;
}

export const entryOf = (commit: CommitDocument): OutboxEntry => ({
  commitId: commit._id,
  streamId: commit.streamId,
  version: commit.version,
  eventId: commit.events[0]?.eventId ?? '',
});

/**
 * The relay's side of the outbox: which stored commits are still to be published, in per-stream
 * order, and clean-up once Kafka has them. The store only writes markers with its commits; this
 * reads them (and keeps the commits this process appended, to publish them without reading back).
 */
export class Outbox {
  /** Commits the store saw land in this process and not yet published, by first event id (kept from its first append on). */
  private readonly unpublished: Map<string, CommitDocument>;
  /**
   * Commits this process has had acknowledged by Kafka, by first event id, most recent last
   * (bounded). A round read while an earlier round's markers were being cleaned up may hold
   * those markers still; their commits are left out by this, not sent again.
   */
  private readonly acknowledged = new Set<string>();
  private static readonly REMEMBERED = 200_000;
  /**
   * The markers of the last read of the outbox, kept as the relay's own clean-ups change them
   * (absent: read again). A backlog is read once and sent round after round from here; reading
   * every marker for every round made a backlog of n single commands cost n²/round reads.
   * Markers written since are read when these are all sent (the round from here comes out
   * empty), so a stream's later commits still follow its earlier ones.
   */
  private read?: Map<string, DecodedMarker>;
  /** Found on Kafka by the last check, consumed by the next read. */
  private onKafka: ReadonlySet<string> = new Set();
  /** Pending events that a check found on Kafka already, and no round sent again. */
  confirmedOnKafka = 0;

  constructor(private readonly store: MongoEventStore) {
    this.unpublished = store.landedHere;
  }

  /**
   * What the relay publishes next: every pending commit whose landing is known, per stream in
   * version order and without gaps, up to about `maxEvents` events.
   *
   * A stream's earliest pending commit is in the outbox (markers are written before their
   * commits, the next version's only after the previous commit exists, and removed only once
   * Kafka acknowledged them), so all markers are read. A commit has landed when this process
   * appended it, or when a lookup finds it with the entry's event id. One not found stops its
   * stream while it may still be in flight; after `abandonedAfterMs` its writer is taken as dead
   * and the entry dropped.
   */
  async pendingRound(maxEvents: number, inFlight: ReadonlySet<string> = new Set()): Promise<OutboxRound> {
    // Commits looked up and not found by the first pass: the second, a moment later, does not ask again.
    const missing = new Set<string>();
    if (this.read) {
      const round = await this.roundOf(this.read, maxEvents, inFlight, missing);
      if (round.commits.length > 0) return round;
    }
    const keptBefore = [...this.unpublished.keys()];
    const markers = (await this.store.outbox.find({}).toArray()).map((m) => ({ ...m, decoded: decodeEntries(m.entries) }));
    const present = new Set(markers.flatMap((m) => m.decoded.map((e) => e.eventId)));
    for (const key of keptBefore) if (!present.has(key)) this.unpublished.delete(key); // published by another replica
    this.read = new Map(markers.map((m) => [m._id, m]));
    return this.roundOf(this.read, maxEvents, inFlight, missing);
  }

  /**
   * Forgets the markers read last, so that the next round reads the outbox again (the relay calls
   * it whenever it cannot vouch for what it knows: a failed send, a lease taken over).
   */
  forgetRead(): void {
    this.read = undefined;
  }

  private async roundOf(
    read: ReadonlyMap<string, DecodedMarker>,
    maxEvents: number,
    inFlight: ReadonlySet<string>,
    missing: Set<string>,
  ): Promise<OutboxRound> {
    const markers = [...read.values()];

    // 'sending': in the round the relay is sending now (left out; not in the way of later versions).
    interface Candidate {
      marker: DecodedMarker;
      entry: OutboxEntry;
      commit?: CommitDocument;
      status: 'landed' | 'dead' | 'in-flight' | 'sending';
    }
    const byMarker = new Map<string, Candidate[]>();
    const byStream = new Map<string, Candidate[]>();
    for (const marker of markers) {
      const own: Candidate[] = [];
      for (const entry of marker.decoded) {
        const commit = this.unpublished.get(entry.eventId);
        const candidate: Candidate = {
          marker,
          entry,
          commit,
          status: inFlight.has(entry.eventId) || this.acknowledged.has(entry.eventId) ? 'sending' : commit ? 'landed' : 'in-flight',
        };
        own.push(candidate);
        const stream = byStream.get(entry.streamId);
        if (stream) stream.push(candidate);
        else byStream.set(entry.streamId, [candidate]);
      }
      byMarker.set(marker._id, own);
    }
    const candidates = [...byMarker.values()].flat();
    const staleBefore = this.store.clock.now().getTime() - this.store.abandonedAfterMs;
    // Commits this process did not append are looked up, a thousand by key in one query, and only
    // for the streams this round can hold (a restarted relay may find thousands of its predecessor's).
    const unknown: Candidate[] = [];
    let wanted = 0;
    for (const streamCandidates of byStream.values()) {
      if (wanted >= maxEvents) break;
      wanted += streamCandidates.length;
      for (const c of streamCandidates) {
        if (c.status !== 'in-flight' || this.store.writing.has(c.entry.commitId)) continue; // being written here: wait for it
        if (!missing.has(c.entry.commitId)) unknown.push(c);
        else if (c.marker.createdAt.getTime() < staleBefore) c.status = 'dead'; // not there a moment ago either
      }
    }
    for (let i = 0; i < unknown.length; i += LOOKUPS_PER_QUERY) {
      const chunk = unknown.slice(i, i + LOOKUPS_PER_QUERY);
      const ids = [...new Set(chunk.map((c) => c.entry.commitId))];
      const stored = new Map((await this.store.commits.find({ _id: { $in: ids } }).toArray()).map((c) => [c._id, c] as const));
      for (const c of chunk) {
        const commit = stored.get(c.entry.commitId);
        if (commit) {
          const ours = commit.events[0]?.eventId === c.entry.eventId;
          c.status = ours ? 'landed' : 'dead';
          c.commit = commit;
          // Kept like the commits appended here, so that the next rounds do not look it up again.
          if (ours && this.unpublished.size < Outbox.REMEMBERED) this.unpublished.set(c.entry.eventId, commit);
        } else {
          missing.add(c.entry.commitId);
          if (c.marker.createdAt.getTime() < staleBefore) c.status = 'dead';
        }
      }
    }

    if (this.onKafka.size > 0) {
      for (const c of candidates) {
        if (c.status !== 'landed' || !c.commit || !c.commit.events.every((e) => this.onKafka.has(e.eventId))) continue;
        c.status = 'sending';
        this.acknowledged.add(c.entry.eventId);
        this.confirmedOnKafka += c.commit.events.length;
      }
      this.onKafka = new Set();
    }

    const resolved = new Set<Candidate>();
    const commits: CommitDocument[] = [];
    let events = 0;
    for (const streamCandidates of byStream.values()) {
      if (events >= maxEvents) break;
      streamCandidates.sort((x, y) => x.entry.version - y.entry.version);
      let last: CommitDocument | undefined;
      for (const c of streamCandidates) {
        if (c.status === 'dead') {
          resolved.add(c);
          continue;
        }
        if (c.status === 'sending') {
          // Its round is sent, and its markers cleaned, before this round's: done by then.
          resolved.add(c);
          last = undefined;
          continue;
        }
        if (c.status === 'in-flight' || !c.commit) break;
        if (last && c.commit._id === last._id) {
          resolved.add(c); // the same commit listed twice (a trimmed marker restored by its writer)
          continue;
        }
        if (last && c.commit.version !== last.lastVersion + 1) break;
        commits.push(c.commit);
        resolved.add(c);
        events += c.commit.events.length;
        last = c.commit;
      }
    }

    const done: string[] = [];
    const partial: OutboxRound['partial'] = [];
    for (const marker of markers) {
      const mine = byMarker.get(marker._id) ?? [];
      const remaining = mine.filter((c) => !resolved.has(c));
      if (remaining.length === 0) done.push(marker._id);
      else if (remaining.length < mine.length) partial.push({ _id: marker._id, entries: remaining.map((c) => c.entry) });
    }
    const oldestMarker = markers.reduce<Date | undefined>(
      (oldest, m) => (!oldest || m.createdAt < oldest ? m.createdAt : oldest),
      undefined,
    );
    return { commits, done, partial, oldestMarker };
  }

  /**
   * Event ids Kafka was found to hold (a relay's check after a moment it cannot vouch for): the
   * next read leaves out every pending commit all of whose events are among them.
   */
  noteOnKafka(eventIds: ReadonlySet<string>): void {
    this.onKafka = eventIds;
  }

  /** Kafka acknowledged these commits: no later round sends them again, whatever markers it read. */
  noteAcknowledged(commits: readonly CommitDocument[]): void {
    for (const commit of commits) this.acknowledged.add(commit.events[0]?.eventId ?? '');
    this.forgetOldest();
  }

  private forgetOldest(): void {
    for (const oldest of this.acknowledged) {
      if (this.acknowledged.size <= Outbox.REMEMBERED) break;
      this.acknowledged.delete(oldest);
    }
  }

  /** After Kafka acknowledged a round: drops the markers it completed, trims the others. */
  async markPublished(round: OutboxRound): Promise<void> {
    for (let i = 0; i < round.done.length; i += 1000) {
      await this.store.outbox.deleteMany({ _id: { $in: round.done.slice(i, i + 1000) } });
    }
    for (const { _id, entries } of round.partial) await this.store.outbox.updateOne({ _id }, { $set: { entries: encodeEntries(entries) } });
    for (const id of round.done) this.read?.delete(id);
    for (const { _id, entries } of round.partial) {
      const kept = this.read?.get(_id);
      if (kept) this.read?.set(_id, { ...kept, entries: encodeEntries(entries), decoded: entries });
    }
    for (const commit of round.commits) this.unpublished.delete(commit.events[0]?.eventId ?? '');
  }

  async unpublishedCount(): Promise<number> {
    return this.store.outbox.countDocuments({});
  }
}

const outboxes = new WeakMap<MongoEventStore, Outbox>();

/** The one Outbox of a store in this process (it must see the store's appends to keep their commits). */
export function outboxOf(store: MongoEventStore): Outbox {
  let outbox = outboxes.get(store);
  if (!outbox) outboxes.set(store, (outbox = new Outbox(store)));
  return outbox;
}
