/** What the bench's stages share: sizes, a small event catalogue of its own, timing and progress helpers. */
import { randomUUID } from 'node:crypto';
import { SingleBar } from 'cli-progress';
import { z } from 'zod';
import { defineEvent, EventCatalog } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

export const N_APPEND = Number(process.env['BENCH_APPENDS'] ?? 3000);
export const N_RELAY = Number(process.env['BENCH_RELAY'] ?? 10_000);
export const N_REBUILD = Number(process.env['BENCH_REBUILD'] ?? 200_000);
export const LAG_RATE = Number(process.env['BENCH_LAG_RATE'] ?? 20); // commands per second
export const LAG_SECONDS = Number(process.env['BENCH_LAG_SECONDS'] ?? 20);
export const N_DASHBOARD = Number(process.env['BENCH_DASHBOARD_PROJECTS'] ?? 2000);
export const DASHBOARD_QUERIES = Number(process.env['BENCH_DASHBOARD_QUERIES'] ?? 200);

export const Invested = defineEvent({
  type: 'BenchInvestmentRecorded',
  label: '基准投资',
  producer: 'registry',
  description: '基准测试：完成投资',
  schema: z.object({ projectName: z.string(), localityCode: z.string(), amountWan: z.number().int(), month: z.string() }),
});
export const catalog = new EventCatalog([Invested]);
export const totals = defineProjection({
  name: 'bench_totals',
  version: 1,
  events: [Invested],
  evolve: (doc: { localityCode: string; investedWan: number; records: number } | undefined, event) => {
    const data = event.data;
    return { localityCode: data.localityCode, investedWan: (doc?.investedWan ?? 0) + data.amountWan, records: (doc?.records ?? 0) + 1 };
  },
});
export const localities = ['nanguan', 'kuancheng', 'chaoyang', 'erdao', 'lvyuan', 'shuangyang', 'jiutai', 'changchun-xinqu'];
export const event = (i: number) => ({
  type: 'BenchInvestmentRecorded',
  data: {
    projectName: `长春市重点项目${i}`,
    localityCode: localities[i % localities.length] ?? 'nanguan',
    amountWan: 100 + (i % 900),
    month: '2018-06',
  },
});
export const metadata = () => ({
  actor: { id: 'bench', role: 'system', scope: null },
  correlationId: randomUUID(),
  causationId: null,
  now: new Date('2018-06-30T00:00:00Z'),
});

export const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

export function bar(label: string, total: number): SingleBar {
  const b = new SingleBar({
    format: `${label} [{bar}] {percentage}% {value}/{total} {eps} events/s`,
    hideCursor: true,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 2000,
  });
  b.start(total, 0, { eps: 0 });
  return b;
}
