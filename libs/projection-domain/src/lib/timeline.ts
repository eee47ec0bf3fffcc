import {
  type EventEnvelope,
  evolveProjectRecord,
  isRegistryEvent,
  type ProjectRecord,
  projectStreams,
  type RegistryEvent,
  type RegistryEventType,
  unhandledEvent,
} from '@ccpc/contracts';

/**
 * A project as the leadership views see it: every registry event of the project, in stream
 * order, with its business date (the date the fact is about) and its recording time (when the
 * board could first have shown it). Any state "as of" a business date and "as known at" a
 * recording time is the shared project fold over a prefix-filter of this list: no snapshots.
 */
export interface TimelineEntry {
  v: number;
  type: RegistryEventType;
  /** Business date YYYY-MM-DD, or null for undated facts (registration, revisions, plans, corrections). */
  date: string | null;
  recordedAt: string;
  data: RegistryEvent['data'];
  actor: { id: string; role: string; scope: string | null };
  eventId: string;
}

export interface ProjectTimeline {
  projectId: string;
  /** Current values, for filtering lists without folding. */
  localityCode: string;
  departmentCode: string;
  name: string;
  /**
   * The entries as one JSON string: a MongoDB-protocol server hands a string back far faster
   * than the same entries as nested documents (FerretDB: ~10×), and every view reads them all.
   */
  log: string;
}

export const entriesOf = (timeline: Pick<ProjectTimeline, 'log'>): TimelineEntry[] => JSON.parse(timeline.log) as TimelineEntry[];

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The business date a registry event is about; null for facts that carry none. */
export function businessDate(event: RegistryEvent): string | null {
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
      return event.data.date;
    case 'MonthlyInvestmentReported':
    case 'InvestmentCorrected':
      return lastDayOf(event.data.month);
    case 'StatisticsInclusionRecorded':
      return event.data.registeredOn;
    case 'ProjectRegistered':
    case 'ProjectDetailsRevised':
    case 'ProjectNationalCodeAssigned':
    case 'ProjectStageCorrected':
    case 'ProjectAddedToAnnualPlan':
    case 'CityLeaderAssigned':
    case 'ProjectSecretaryAssigned':
      return null;
    default:
      return unhandledEvent(event);
  }
}

export const projectIdOf = (streamId: string) => projectStreams.entityId(streamId) ?? streamId;

/** evolve of the `dashboard_projects` projection: one document per project stream. */
export function evolveTimeline(doc: ProjectTimeline | undefined, event: EventEnvelope): ProjectTimeline | null {
  if (!isRegistryEvent(event)) return doc ?? null;
  if (!doc && event.type !== 'ProjectRegistered') return null;
  const entry: TimelineEntry = {
    v: event.streamVersion,
    type: event.type,
    date: businessDate(event),
    recordedAt: event.recordedAt,
    data: event.data,
    actor: event.actor,
    eventId: event.eventId,
  };
  const base: ProjectTimeline = doc ?? {
    projectId: projectIdOf(event.streamId),
    localityCode: '',
    departmentCode: '',
    name: '',
    log: '[]',
  };
  return {
    ...base,
    localityCode: event.type === 'ProjectRegistered' ? event.data.localityCode : base.localityCode,
    departmentCode: event.type === 'ProjectRegistered' ? event.data.departmentCode : base.departmentCode,
    name: (event.type === 'ProjectRegistered' || event.type === 'ProjectDetailsRevised') && event.data.name ? event.data.name : base.name,
    log: JSON.stringify([...entriesOf(base), entry]),
  };
}

/** The project at a point in business time, as known at a point in recording time: the shared record. */
export type ProjectAt = ProjectRecord;

export interface PointInTime {
  /** Business date YYYY-MM-DD: dated facts after it are not counted. */
  asOf: string;
  /** ISO instant: facts recorded after it were not known yet. */
  knownAt: string;
}

/** The shared project fold over the entries known at `knownAt` whose business date is not after `asOf`. */
export function projectAt(
  timeline: ProjectTimeline,
  at: PointInTime,
  entries: readonly TimelineEntry[] = entriesOf(timeline),
): ProjectAt | undefined {
  let record: ProjectRecord | null = null;
  for (const entry of entries) {
    if (entry.recordedAt > at.knownAt) break; // entries are in stream order, which is recording order
    if (entry.date !== null && entry.date > at.asOf) continue;
    record = evolveProjectRecord(record, { type: entry.type, data: entry.data } as RegistryEvent);
  }
  return record ?? undefined;
}
