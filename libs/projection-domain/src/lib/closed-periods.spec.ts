import fc from 'fast-check';
import { INDICATORS } from './indicators';
import { type Fact, fact, history, plan, registration, resume, start, toPreparing, valueOf } from './testing/given-projects';
import { periodEnd } from './year-view';

/**
 * The property behind "a figure for a period that has ended never changes afterwards": for any
 * projects, adding any later facts (dated after a period's end, recorded later) changes none of
 * that period's figures, however late the board is looked at. Stage corrections are the one
 * documented exception and are left out of the later facts.
 */
const day = (offset: number, from = '2018-01-01') =>
  new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const projectArb = fc.record({
  total: fc.constantFrom(5_000, 30_000, 300_000),
  industrial: fc.boolean(),
  leading: fc.boolean(),
  landmark: fc.boolean(),
  localityCode: fc.constantFrom('lvyuan', 'nanguan'),
  departmentCode: fc.constantFrom('gxj', 'fgw', 'tjj'),
  kind: fc.constantFrom('new-start', 'continuing', 'none'),
  /** Day of 2018 of the start or resumption, if any. */
  startDay: fc.option(fc.integer({ min: 0, max: 364 })),
});

type Later = { kind: 'cancel' | 'suspend' | 'complete' | 'shrink' | 'unflag' | 'report' | 'resume' | 'start'; offset: number };
const laterArb = fc.array(
  fc.record({
    kind: fc.constantFrom<Later['kind']>('cancel', 'suspend', 'complete', 'shrink', 'unflag', 'report', 'resume', 'start'),
    offset: fc.integer({ min: 1, max: 400 }),
  }),
  { maxLength: 4 },
);

type Profile = typeof projectArb extends fc.Arbitrary<infer T> ? T : never;

function before(p: Profile, end: string): Fact[] {
  const facts: Fact[] = [
    registration({
      totalInvestmentWan: p.total,
      industrial: p.industrial,
      leading: p.leading,
      landmark: p.landmark,
      localityCode: p.localityCode,
      departmentCode: p.departmentCode,
    }),
  ];
  if (p.kind === 'continuing') facts.push(...toPreparing(2016), start('2016-09-01'), plan('continuing'));
  else facts.push(...toPreparing());
  if (p.kind === 'new-start') facts.push(plan('new-start'));
  const when = p.startDay === null ? undefined : day(p.startDay);
  if (when && when <= end) facts.push(p.kind === 'continuing' ? resume(when) : start(when));
  return facts;
}

function later(events: readonly Later[], end: string): Fact[] {
  return events.map(({ kind, offset }) => {
    const date = day(offset, end);
    switch (kind) {
      case 'cancel':
        return fact('ProjectCancelled', { date, reason: '撤资', stageBefore: 'under-construction' });
      case 'suspend':
        return fact('ProjectSuspended', { date, reason: '资金', stageBefore: 'under-construction' });
      case 'complete':
        return fact('ProjectCompleted', { date });
      case 'shrink':
        return fact('ProjectDetailsRevised', { date, totalInvestmentWan: 1_000 });
      case 'unflag':
        return fact('ProjectDetailsRevised', { date, leading: false, landmark: false });
      case 'report':
        return fact('MonthlyInvestmentReported', { month: date.slice(0, 7), cumulativeWan: 500, monthWan: 500, progressNote: null });
      case 'resume':
        return resume(date);
      case 'start':
        return start(date);
    }
  });
}

describe('a figure for a period that has ended never changes afterwards', () => {
  const periods = [
    { period: 'h1', end: periodEnd('h1', 2018) },
    { period: 'q1-q3', end: periodEnd('q1-q3', 2018) },
    { period: 'year', end: periodEnd('year', 2018) },
  ] as const;

  it.each(periods)('the $period figures (to $end), under any later facts, seen at any later date', ({ period, end }) => {
    const closing = INDICATORS.filter((i) => i.basis === 'projects' && (i.period === period || (period === 'year' && i.period === 'date')));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(projectArb, laterArb), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 500 }),
        (projects, lookLater) => {
          const then = projects.map(([p]) => history(...before(p, end)));
          const now = projects.map(([p, events]) => history(...before(p, end), ...later(events, end)));
          const seenAt = day(lookLater, end);
          for (const indicator of closing) {
            const closed = valueOf(indicator.code, then, end, 2018);
            const afterwards = valueOf(indicator.code, now, seenAt, 2018);
            if (closed.actual !== afterwards.actual || closed.numerator !== afterwards.numerator)
              throw new Error(`${indicator.code}: ${closed.numerator} at ${end}, ${afterwards.numerator} seen on ${seenAt}`);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
