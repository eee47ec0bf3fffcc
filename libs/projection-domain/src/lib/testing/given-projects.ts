import type { EnvelopeOf, EventEnvelope, RegistryEvent } from '@ccpc/contracts';
import { evaluate, type IndicatorValue } from '../evaluate';
import { indicatorByCode } from '../indicators';
import { evolveTimeline, type ProjectTimeline } from '../timeline';
import { type ProjectInYear, projectInYear } from '../year-view';

/**
 * Given/when/then for the leadership views: a project's history as registry events (each
 * recorded one second after the last, from `recordedFrom`), folded into its timeline, and the
 * indicators evaluated over such projects at a date.
 */
export const EVER = '2999-01-01T00:00:00.000Z';
let clock = Date.parse('2019-06-01T00:00:00.000Z');
let counter = 0;

export interface Fact {
  type: string;
  data: Record<string, unknown>;
  /** Recording instant; the next second by default. */
  recordedAt?: string;
}

export function registration(overrides: Record<string, unknown> = {}): Fact {
  return {
    type: 'ProjectRegistered',
    data: {
      projectId: `p-${++counter}`,
      registeredOn: '2017-01-05',
      name: '一汽零部件产业园',
      localityCode: 'lvyuan',
      departmentCode: 'gxj',
      categoryCode: 'auto',
      subKindCode: null,
      industrial: true,
      sourceCode: 'enterprise',
      investor: null,
      totalInvestmentWan: 30_000,
      nationalCode: null,
      leading: false,
      landmark: false,
      threeEarly: false,
      reserveLevels: ['city'],
      siteInDevelopmentZone: false,
      referenceVersion: '2018.1',
      ...overrides,
    },
  };
}

export const fact = (type: string, data: Record<string, unknown>, recordedAt?: string): Fact => ({ type, data, recordedAt });
export const toPreparing = (year = 2017): Fact[] => [
  fact('ProjectStageAdvanced', { from: 'reserve', to: 'docking', date: `${year}-03-01` }),
  fact('ProjectStageAdvanced', { from: 'docking', to: 'landed', date: `${year}-05-01` }),
  fact('ProjectStageAdvanced', { from: 'landed', to: 'preparing', date: `${year}-07-01` }),
];
export const start = (date: string) =>
  fact('ProjectConstructionStarted', { date, year: Number(date.slice(0, 4)), plannedAsNewStart: true });
export const resume = (date: string) => fact('ProjectConstructionResumed', { date, year: Number(date.slice(0, 4)) });
export const plan = (kind: 'new-start' | 'continuing', year = 2018, date = `${year}-01-10`) =>
  fact('ProjectAddedToAnnualPlan', {
    date,
    year,
    kind,
    plannedStartMonth: kind === 'new-start' ? `${year}-04` : null,
    annualInvestmentWan: 12_000,
  });

/** The project's timeline document, as the projection keeps it, from its facts in recording order. */
export function history(...facts: Fact[]): ProjectTimeline {
  const streamId = `project-${(facts[0]?.data['projectId'] as string | undefined) ?? 'p'}`;
  let doc: ProjectTimeline | undefined;
  facts.forEach((f, i) => {
    clock += 1000;
    const recordedAt = f.recordedAt ?? new Date(clock).toISOString();
    const envelope: EventEnvelope = {
      eventId: `e-${streamId}-${i + 1}`,
      type: f.type,
      schemaVersion: 1,
      streamId,
      streamVersion: i + 1,
      occurredAt: recordedAt,
      recordedAt,
      correlationId: 'c',
      causationId: null,
      actor: { id: 'officer', role: 'locality', scope: 'locality:lvyuan' },
      data: f.data,
    };
    doc = evolveTimeline(doc, envelope as EnvelopeOf<RegistryEvent>) ?? undefined; // facts written loosely: the catalogue validates real ones
  });
  if (!doc) throw new Error('a history starts with a registration');
  return doc;
}

export function inYear(
  timelines: readonly ProjectTimeline[],
  asOf: string,
  year = Number(asOf.slice(0, 4)),
  knownAt = EVER,
): ProjectInYear[] {
  return timelines.map((t) => projectInYear(t, { year, asOf, knownAt })).filter((p): p is ProjectInYear => p !== undefined);
}

/** The indicator's value over these projects as of a date (the year's view; no statistics figure). */
export function valueOf(
  code: string,
  timelines: readonly ProjectTimeline[],
  asOf: string,
  year = Number(asOf.slice(0, 4)),
  openApprovalDays?: (projectId: string) => number | undefined,
): IndicatorValue {
  const indicator = indicatorByCode.get(code);
  if (!indicator) throw new Error(`no indicator ${code}`);
  const capped = asOf < `${year}-12-31` ? asOf : `${year}-12-31`; // as the service does: a year's view ends on its last day
  return evaluate(
    indicator,
    { projects: inYear(timelines, capped, year), fixedAssetInvestment: undefined },
    { year, asOf: capped, openApprovalDays },
    null,
  );
}
