/**
 * The seed scripts' way to the services: their batch route (POST /batch), never one HTTP call per
 * command. A plan is each aggregate's commands in order, cut into segments of one grant (the
 * officer who sends them); segment r of every plan goes in round r, each grant's segments of a
 * round in calls of at most BATCH_SIZE commands (a segment never split), so that every stream
 * sees its commands in order.
 */
export interface BatchEntry {
  command: string;
  id?: string;
  params?: Record<string, string>;
  idempotencyKey: string;
  body: object;
}

export interface BatchSlot {
  index: number;
  status: number;
  result?: { id: string; version: number; events: Array<{ type: string; data: unknown }>; replayed: boolean };
  error?: { rule: string; field?: string; message: string };
}

export interface Segment {
  grant: string;
  entries: BatchEntry[];
}

export interface SegmentRun {
  commands: number;
  refused: number;
  /** Per plan, the slots of its commands in order (a plan stopped after a refusal has fewer). */
  slots: BatchSlot[][];
}

const BATCH_SIZE = 1000;

export async function sendBatch(baseUrl: string, token: string, entries: readonly BatchEntry[]): Promise<BatchSlot[]> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${baseUrl.replace(/\/$/, '')}/batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ commands: entries }),
    });
    if (response.status === 429 && attempt < 5) {
      await new Promise((r) => setTimeout(r, 1000 * attempt));
      continue;
    }
    const json = (await response.json().catch(() => ({}))) as { results?: BatchSlot[]; message?: string };
    if (!response.ok || !json.results) throw new Error(`POST /batch: ${response.status} ${json.message ?? ''}`);
    const failed = json.results.find((slot) => slot.status >= 500);
    if (failed)
      throw new Error(`POST /batch: command ${entries[failed.index]?.command} failed with ${failed.status} ${failed.error?.message ?? ''}`);
    return json.results;
  }
}

/**
 * Runs the plans' segments round by round. `stopOnRefusal`: a plan whose command was refused
 * sends nothing more (its later commands depended on it).
 */
export async function runSegments(
  baseUrl: string,
  tokenFor: (grant: string) => Promise<string>,
  plans: ReadonlyArray<readonly Segment[]>,
  options: { stopOnRefusal?: boolean; concurrency?: number; onRound?: (round: number, rounds: number, commands: number) => void } = {},
): Promise<SegmentRun> {
  const run: SegmentRun = { commands: 0, refused: 0, slots: plans.map(() => []) };
  const stopped = new Set<number>();
  const rounds = Math.max(0, ...plans.map((p) => p.length));
  for (let round = 0; round < rounds; round++) {
    // Each grant's calls of this round: whole segments, at most BATCH_SIZE commands a call.
    const calls: Array<{ grant: string; parts: Array<{ plan: number; entries: BatchEntry[] }> }> = [];
    const open = new Map<string, (typeof calls)[number]>();
    plans.forEach((plan, index) => {
      const segment = plan[round];
      if (!segment || stopped.has(index)) return;
      let call = open.get(segment.grant);
      const size = call ? call.parts.reduce((n, p) => n + p.entries.length, 0) : 0;
      if (!call || size + segment.entries.length > BATCH_SIZE) {
        call = { grant: segment.grant, parts: [] };
        calls.push(call);
        open.set(segment.grant, call);
      }
      call.parts.push({ plan: index, entries: segment.entries });
    });
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < calls.length; i = next++) {
        const call = calls[i] as (typeof calls)[number];
        const slots = await sendBatch(
          baseUrl,
          await tokenFor(call.grant),
          call.parts.flatMap((p) => p.entries),
        );
        let offset = 0;
        for (const part of call.parts) {
          const own = slots.slice(offset, offset + part.entries.length);
          offset += part.entries.length;
          run.slots[part.plan]?.push(...own);
          const refused = own.filter((s) => s.status >= 400).length;
          run.refused += refused;
          if (refused > 0 && options.stopOnRefusal) stopped.add(part.plan);
        }
        run.commands += slots.length;
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
    options.onRound?.(round + 1, rounds, run.commands);
  }
  return run;
}
