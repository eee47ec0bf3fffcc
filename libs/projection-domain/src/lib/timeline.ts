import {
  type Actor,
  cityDate,
  type EnvelopeOf,
  evolveProjectRecord,
  type ProjectRecord,
  projectStreams,
  type RegistryEvent,
  type RegistryEventType,
  unhandledEvent,
} from '@ccpc/contracts';

/**
 * A project as the leadership views see it: every registry event of the project with its
 * business date (the day the fact is about) and its recording time (when the board could first
 * have shown it), kept in business-date order. The project as of a date, as known at an
 * instant, is the shared project fold over the entries dated up to that date and recorded by
 * that instant: no snapshots.
 */
export interface TimelineEntry {
  v: number;
  type: RegistryEventType;
  /** Business date YYYY-MM-DD (docs/domain.md → Business dates): every fact has one. */
  date: string;
  recordedAt: string;
  data: RegistryEvent['data'];
  actor: Actor;
  eventId: string;
}

export interface ProjectTimeline {
  projectId: string;
  /** Current values, for filtering lists without folding. */
  localityCode: string;
  departmentCode: string;
  name: string;
  /**
   * The entries as one JSON string, registration first, then by business date and stream
   * version: a MongoDB-protocol server hands a string back far faster than the same entries as
   * nested documents (FerretDB: ~10×), and every view reads them all.
   */
  log: string;
}

export const entriesOf = (timeline: Pick<ProjectTimeline, 'log'>): TimelineEntry[] => JSON.parse(timeline.log) as TimelineEntry[];

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Events that change the stage on a date: what a stage correction corrects. */
const STAGE_CHANGES: ReadonlySet<RegistryEventType> = new Set<RegistryEventType>([
  'ProjectRegistered',
  'ProjectStageAdvanced',
  'ProjectConstructionStarted',
  'ProjectCompleted',
  'ProjectSuspended',
  'ProjectReactivated',
  'ProjectCancelled',
]);

/**
 * The business date of a registry event (docs/domain.md → Business dates):
 * - a dated fact counts on its date (a start on its start date, a monthly report on the
 *   month's last day, an assignment from its first day);
 * - registration, revision and plan membership count on the date the command gave, and on the
 *   day they were recorded (city time) when it gave none (events recorded before the registry
 *   filled the date in);
 * - a national code counts from the day it was recorded;
 * - a stage correction says the stage change it corrects did not happen: it counts on that
 *   change's date, so that every view from then on shows the corrected stage. It is the one
 *   kind of event that may change a figure of a period that has ended.
 */
export function businessDate(event: RegistryEvent, recordedAt: string, earlier: readonly TimelineEntry[]): string {
  switch (event.type) {
    case 'ProjectStageAdvanced':
    case 'ProjectSiteReadied':
    case 'ProjectConstructionStarted':
    case 'ProjectConstructionResumed':
    case 'ProjectCompleted':
    case 'ProjectSuspended':
    case 'ProjectReactivated':
    case 'ProjectCancelled':
    case 'FrontEndFundingGranted':
    case 'ProjectApprovalsCompleted':
      return event.data.date;
    case 'MonthlyInvestmentReported':
    case 'InvestmentCorrected':
      return lastDayOf(event.data.month);
    case 'StatisticsInclusionRecorded':
      return event.data.registeredOn;
    case 'CityLeaderAssigned':
    case 'ProjectSecretaryAssigned':
      return event.data.from;
    case 'ProjectRegistered':
      return event.data.registeredOn ?? cityDate(recordedAt);
    case 'ProjectDetailsRevised':
    case 'ProjectAddedToAnnualPlan':
      return event.data.date ?? cityDate(recordedAt);
    case 'ProjectNationalCodeAssigned':
      return cityDate(recordedAt);
    case 'ProjectStageCorrected': {
      const corrected = [...earlier]
        .sort((a, b) => a.v - b.v)
        .filter((e) => STAGE_CHANGES.has(e.type))
        .at(-1);
      return corrected?.date ?? cityDate(recordedAt);
    }
    default:
      return unhandledEvent(event);
  }
}

export const projectIdOf = (streamId: string) => projectStreams.entityId(streamId) ?? streamId;

/** Registration first; then business date; then stream order. */
const order = (a: TimelineEntry, b: TimelineEntry) =>
  Number(b.type === 'ProjectRegistered') - Number(a.type === 'ProjectRegistered') ||
  (a.date < b.date ? -1 : a.date > b.date ? 1 : a.v - b.v);

/** evolve of the `dashboard_projects` projection: one document per project stream. */
export function evolveTimeline(doc: ProjectTimeline | undefined, event: EnvelopeOf<RegistryEvent>): ProjectTimeline | null {
  if (!doc && event.type !== 'ProjectRegistered') return null;
  const base: ProjectTimeline = doc ?? {
    projectId: projectIdOf(event.streamId),
    localityCode: '',
    departmentCode: '',
    name: '',
    log: '[]',
  };
  const earlier = entriesOf(base);
  const entry: TimelineEntry = {
    v: event.streamVersion,
    type: event.type,
    date: businessDate(event, event.recordedAt, earlier),
    recordedAt: event.recordedAt,
    data: event.data,
    actor: event.actor,
    eventId: event.eventId,
  };
  return {
    ...base,
    localityCode: event.type === 'ProjectRegistered' ? event.data.localityCode : base.localityCode,
    departmentCode: event.type === 'ProjectRegistered' ? event.data.departmentCode : base.departmentCode,
    name: (event.type === 'ProjectRegistered' || event.type === 'ProjectDetailsRevised') && event.data.name ? event.data.name : base.name,
    log: JSON.stringify([...earlier, entry].sort(order)),
  };
}

/** The project at a point in business time, as known at a point in recording time: the shared record. */
export type ProjectAt = ProjectRecord;

export interface PointInTime {
  /** Business date YYYY-MM-DD: facts dated after it are not counted. */
  asOf: string;
  /** ISO instant: facts recorded after it were not known yet. */
  knownAt: string;
}

/** The shared project fold over the entries known at `knownAt` whose business date is not after `asOf`. */
export function projectAt(
  timeline: Pick<ProjectTimeline, 'log'>,
  at: PointInTime,
  entries: readonly TimelineEntry[] = entriesOf(timeline),
): ProjectAt | undefined {
  return foldTimeline(entries, at.knownAt, [at.asOf]).at[0];
}

export interface TimelineFold {
  /** The project at each cutoff date (undefined where it was not registered yet, or not known). */
  at: Array<ProjectAt | undefined>;
  /** Whether the project was under construction at some moment from `window.from` to the last cutoff. */
  underConstructionIn: boolean;
  /** The same for each cutoff: at some moment from `window.from` to that cutoff (false where it is before `window.from`). */
  underConstructionUntil: boolean[];
}

/**
 * One pass over a project's entries (in business-date order) giving the project at several
 * cutoff dates (ascending) at once, as known at `knownAt`, and whether it was under
 * construction at any time in `window` — what the year's figures need.
 */
export function foldTimeline(
  entries: readonly TimelineEntry[],
  knownAt: string,
  cutoffs: readonly string[],
  window?: { from: string },
): TimelineFold {
  const at: Array<ProjectAt | undefined> = cutoffs.map(() => undefined);
  const until: boolean[] = cutoffs.map(() => false);
  const last = cutoffs[cutoffs.length - 1] ?? '';
  let record: ProjectRecord | null = null;
  let next = 0;
  let underConstructionIn = false;
  let windowOpen = false;
  let day: string | undefined;
  // Whether the project was under construction is read at the end of each business day, so that
  // a start and its same-day correction (which says it did not happen) leave no trace.
  const endOfDay = () => {
    if (windowOpen) underConstructionIn ||= record?.stage === 'under-construction';
  };
  // A cutoff is reached once every entry dated up to it is applied: the days before it that are
  // in the window were read at their ends, and the project stands as `record` on the cutoff day.
  const reach = (i: number) => {
    at[i] = record ?? undefined;
    until[i] =
      window !== undefined && window.from <= (cutoffs[i] as string) && (underConstructionIn || record?.stage === 'under-construction');
  };
  for (const entry of entries) {
    if (entry.recordedAt > knownAt) continue;
    if (day !== undefined && entry.date !== day) endOfDay();
    if (window && !windowOpen && entry.date >= window.from && entry.date <= last) {
      windowOpen = true;
      endOfDay(); // the state the window opens with
    }
    while (next < cutoffs.length && entry.date > (cutoffs[next] as string)) reach(next++);
    if (next >= cutoffs.length) break;
    record = evolveProjectRecord(record, { type: entry.type, data: entry.data } as RegistryEvent);
    day = entry.date;
  }
  if (window && !windowOpen && window.from <= last) windowOpen = true;
  endOfDay();
  while (next < cutoffs.length) reach(next++);
  return { at, underConstructionIn, underConstructionUntil: until };
}

/** The business-date rule in words, served with the indicators. */
export const BUSINESS_DATE_RULE = [
  '每个事实按其业务日期计入看板：开工、竣工、阶段变化等按其日期；月度投资按该月最后一天；包保领导、项目秘书按起始日期；入统按入库日期。',
  '入库、信息修订、列入年度计划按命令所带日期（入库日期、生效日期、列入计划日期），未带日期时按记录当天（北京时间）；补录国家项目代码按记录当天。',
  '阶段更正按其所更正的那次阶段变化的日期计入，即从那天起各看板都显示更正后的阶段：这是唯一可能改变已结束时段数字的事件。',
  '看板"截至某日"（asOf）只计业务日期不晚于该日的事实；"当时所知"（knownAt）只计该时刻之前记录的事实。',
].join('');
