/**
 * The demo city's fixed-asset investment figures as the statistics bureau would publish them
 * through the assessment service's batch route: 2018's cumulative figure and 2017's for the same
 * period, month by month from February (published on the 15th of the next month), and one
 * revision. Idempotent: every command carries an Idempotency-Key.
 */
import { devToken } from '@ccpc/infra';
import { type BatchEntry, sendBatch } from './batch-client';

/** Cumulative share of the year's investment by the end of each month, and the growth the bureau reports (2018). */
const MONTHS: ReadonlyArray<[month: number, share: number, growth: number]> = [
  [2, 0.05, 0.112],
  [3, 0.12, 0.108],
  [4, 0.22, 0.096],
  [5, 0.34, 0.103],
  [6, 0.48, 0.109],
  [7, 0.6, 0.114],
  [8, 0.71, 0.101],
  [9, 0.81, 0.098],
  [10, 0.9, 0.104],
  [11, 0.96, 0.106],
];
/** 2017's whole-year fixed-asset investment of the demo city, 万元 (4,500亿元). */
const LAST_YEAR_WAN = 45_000_000;

const pad = (n: number) => String(n).padStart(2, '0');

export async function seedStatistics(
  baseUrl: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<{ published: number; refused: number }> {
  const token = await devToken(['statistics'], { sub: 'seed-statistics', name: '演示数据（市统计局）', hours: 1 });
  const entries: BatchEntry[] = [];
  for (const [m, share, growth] of MONTHS) {
    const publishedOn = m === 12 ? '2019-01-15' : `2018-${pad(m + 1)}-15`;
    if (publishedOn > today) break;
    const lastYear = Math.round(LAST_YEAR_WAN * share);
    entries.push({
      command: 'report-figures',
      idempotencyKey: `seed-fai-2018-${pad(m)}`,
      body: { month: `2018-${pad(m)}`, cumulativeWan: Math.round(lastYear * (1 + growth)), samePeriodLastYearWan: lastYear, publishedOn },
    });
  }
  // The bureau revises June once late-included projects are counted (补充入统).
  const juneLastYear = Math.round(LAST_YEAR_WAN * 0.48);
  entries.push({
    command: 'revise-figures',
    id: '2018-06',
    idempotencyKey: 'seed-fai-2018-06-revision',
    body: {
      cumulativeWan: Math.round(juneLastYear * 1.113),
      samePeriodLastYearWan: juneLastYear,
      publishedOn: '2018-08-20',
      reason: '补充入统项目后修订',
    },
  });
  const slots = await sendBatch(baseUrl, token, entries);
  const refused = slots.filter((slot) => slot.status >= 400).length;
  return { published: slots.length - refused, refused };
}
