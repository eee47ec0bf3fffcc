/**
 * The seed scripts' way to the services: their batch route (POST /batch), never one HTTP call per
 * command. A plan is each aggregate's commands in order, cut into segments by the officer (grant)
 * who sends them.
 */
import { devToken } from '@ccpc/infra';

export interface BatchEntry {
  command: string;
  /** Which of the caller's grants the command acts under. */
  as?: string;
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
  /** Per plan, the slots of its commands in order. */
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
 * Runs every plan in one pass. One demo caller holding every grant the plans use sends them: each
 * entry acts under the grant of the officer its segment names (`as`), so a plan's commands by
 * different officers (an applicant's submission, the department's decision, the statistics
 * bureau's figures) go in one call and land as one chain per stream. Each call carries whole plans,
 * at most BATCH_SIZE commands (a plan is never split).
 */
export async function runPlans(
  baseUrl: string,
  plans: ReadonlyArray<readonly Segment[]>,
  options: {
    caller: { sub: string; name: string };
    concurrency?: number;
    /** After each call: the commands sent so far, and the plans (indexes) of this call that landed whole (none of their commands refused). */
    onCall?: (commands: number, landed: readonly number[]) => void;
  },
): Promise<SegmentRun> {
  const run: SegmentRun = { commands: 0, refused: 0, slots: plans.map(() => []) };
  const grants = [...new Set(plans.flatMap((plan) => plan.map((segment) => segment.grant)))].sort();
  if (grants.length === 0) return run;
  const token = await devToken(grants, { sub: options.caller.sub, name: options.caller.name, hours: 4 });
  const calls: Array<Array<{ plan: number; entries: BatchEntry[] }>> = [];
  let size = BATCH_SIZE;
  plans.forEach((plan, index) => {
    const entries = plan.flatMap((segment) => segment.entries.map((entry) => ({ ...entry, as: segment.grant })));
    if (entries.length === 0) return;
    if (size + entries.length > BATCH_SIZE) {
      calls.push([]);
      size = 0;
    }
    calls.at(-1)?.push({ plan: index, entries });
    size += entries.length;
  });
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < calls.length; i = next++) {
      const parts = calls[i] as (typeof calls)[number];
      const slots = await sendBatch(
        baseUrl,
        token,
        parts.flatMap((p) => p.entries),
      );
      let offset = 0;
      for (const part of parts) {
        const own = slots.slice(offset, offset + part.entries.length);
        offset += part.entries.length;
        run.slots[part.plan]?.push(...own);
        run.refused += own.filter((slot) => slot.status >= 400).length;
      }
      run.commands += slots.length;
      options.onCall?.(
        run.commands,
        parts.flatMap((p) => (run.slots[p.plan]?.every((slot) => slot.status < 400) ? [p.plan] : [])),
      );
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return run;
}
