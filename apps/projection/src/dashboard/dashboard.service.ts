import { Inject, Injectable } from '@nestjs/common';
import { DEPARTMENTS, LOCALITIES, projectScope as scopeOf } from '@ccpc/contracts';
import type { Caller } from '@ccpc/auth';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import {
  DASHBOARD_PROJECTS,
  entriesOf,
  evaluate,
  indicatorByCode,
  INDICATORS,
  type IndicatorValue,
  type PointInTime,
  type ProjectAt,
  projectAt,
  type ProjectTimeline,
  targetsFor,
  warningsFor,
} from '@ccpc/projection-domain';

export interface ViewPoint extends PointInTime {
  year: number;
  live: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const names = new Map<string, string>([
  ...LOCALITIES.map((l) => [l.code, l.name] as const),
  ...DEPARTMENTS.map((d) => [d.code, d.name] as const),
]);

/**
 * Every leadership view is a fold of the project timelines at a point in time: live (today,
 * as known now) or as of a past business date and/or as known at a past instant. Live views
 * are cached until this process applies an event, and at most two seconds; past ones are
 * computed from the history every time.
 */
@Injectable()
export class DashboardService {
  private liveCache?: { at: number; projects: ProjectAt[]; asOf: string };

  constructor(
    @Inject(readModelToken(DASHBOARD_PROJECTS)) private readonly timelines: ProjectionStore<ProjectTimeline>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    // Live views are recomputed once this process applied an event (other replicas' consumers: within the 2 s).
    timelines.onApplied(() => (this.liveCache = undefined));
  }

  point(query: { asOf?: string; knownAt?: string; year?: number }): ViewPoint {
    const now = this.clock.now();
    if (query.asOf !== undefined && (!DAY.test(query.asOf) || Number.isNaN(Date.parse(query.asOf)))) {
      throw new DomainError('query.asOf', 'asOf must be a date YYYY-MM-DD', { field: 'asOf', status: 400 });
    }
    let knownAt = now.toISOString();
    if (query.knownAt !== undefined) {
      const t = Date.parse(query.knownAt);
      if (Number.isNaN(t))
        throw new DomainError('query.knownAt', 'knownAt must be an ISO date-time, e.g. 2018-06-30T23:59:59+08:00', {
          field: 'knownAt',
          status: 400,
        });
      knownAt = new Date(t).toISOString();
    }
    const asOf = query.asOf ?? now.toISOString().slice(0, 10);
    return { asOf, knownAt, year: query.year ?? Number(asOf.slice(0, 4)), live: query.asOf === undefined && query.knownAt === undefined };
  }

  async projects(point: ViewPoint): Promise<ProjectAt[]> {
    if (point.live && this.liveCache && Date.now() - this.liveCache.at < 2000 && this.liveCache.asOf === point.asOf)
      return this.liveCache.projects;
    const collection = await this.timelines.collection();
    const docs = (await collection
      .find({ _deleted: { $ne: true } } as never, { projection: { _applied: 0 } })
      .toArray()) as unknown as ProjectTimeline[];
    const projects = docs.map((d) => projectAt(d, point)).filter((p): p is ProjectAt => p !== undefined);
    if (point.live) this.liveCache = { at: Date.now(), projects, asOf: point.asOf };
    return projects;
  }

  async dashboard(point: ViewPoint) {
    const projects = await this.projects(point);
    const targets = targetsFor(point.year);
    const indicators: IndicatorValue[] = INDICATORS.map((i) =>
      evaluate(i, projects, { year: point.year, asOf: point.asOf }, targets?.values[i.code] ?? null),
    );
    return {
      year: point.year,
      asOf: point.asOf,
      knownAt: point.knownAt,
      live: point.live,
      projects: projects.length,
      targets: targets ? { year: targets.year, version: targets.version, source: targets.source } : null,
      indicators,
    };
  }

  async breakdown(point: ViewPoint, by: 'locality' | 'department', code: string) {
    const indicator = indicatorByCode.get(code) ?? this.unknownIndicator(code);
    const projects = await this.projects(point);
    const key = by === 'locality' ? 'localityCode' : 'departmentCode';
    const universe = by === 'locality' ? LOCALITIES.map((l) => l.code) : DEPARTMENTS.map((d) => d.code);
    const rows = universe.map((unit) => {
      const own = projects.filter((p) => p[key] === unit);
      const value = evaluate(indicator, own, { year: point.year, asOf: point.asOf }, null);
      // Coverage indicators per unit: how many flagged projects it has (target 2).
      const actual =
        indicator.kind === 'coverage' ? indicator.select(own, { year: point.year, asOf: point.asOf }).counted.length : value.actual;
      return {
        code: unit,
        name: names.get(unit) ?? unit,
        actual,
        numerator: indicator.kind === 'coverage' ? actual : value.numerator,
        denominator: value.denominator,
      };
    });
    rows.sort((a, b) => b.actual - a.actual || b.numerator - a.numerator || a.code.localeCompare(b.code));
    return {
      indicator: { code: indicator.code, name: indicator.name, definition: indicator.definition },
      by,
      year: point.year,
      asOf: point.asOf,
      knownAt: point.knownAt,
      rows: rows.map((r, i) => ({ rank: i + 1, ...r })),
    };
  }

  async drillDown(
    caller: Caller,
    point: ViewPoint,
    code: string,
    page: number,
    pageSize: number,
    filter: { localityCode?: string; departmentCode?: string },
  ) {
    const indicator = indicatorByCode.get(code) ?? this.unknownIndicator(code);
    const projects = await this.projects(point);
    const { counted } = indicator.select(projects, { year: point.year, asOf: point.asOf });
    const inScope = counted.filter((p) => caller.sees(scopeOf(p)));
    const visible = inScope
      .filter(
        (p) =>
          (!filter.localityCode || p.localityCode === filter.localityCode) &&
          (!filter.departmentCode || p.departmentCode === filter.departmentCode),
      )
      .sort((a, b) => b.totalInvestmentWan - a.totalInvestmentWan || a.projectId.localeCompare(b.projectId));
    return {
      indicator: indicator.code,
      asOf: point.asOf,
      knownAt: point.knownAt,
      total: visible.length,
      hiddenOutsideScope: counted.length - inScope.length,
      page,
      pageSize,
      items: visible.slice((page - 1) * pageSize, page * pageSize),
    };
  }

  async history(caller: Caller, projectId: string) {
    const collection = await this.timelines.collection();
    const doc = (await collection.findOne({ _id: `project-${projectId}` } as never)) as unknown as ProjectTimeline | null;
    const now = this.point({});
    const current = doc ? projectAt(doc, now) : undefined;
    if (!doc || !current || !caller.sees(scopeOf(current)))
      throw new DomainError('project.notFound', `no project ${projectId}`, { field: 'projectId', status: 404 });
    return { projectId, name: current.name, current, events: entriesOf(doc).map((e) => ({ ...e, service: 'registry' })) };
  }

  async warnings(caller: Caller, point: ViewPoint, light: 'red' | 'yellow' | undefined, page: number, pageSize: number) {
    const projects = await this.projects(point);
    const all = projects
      .filter((p) => caller.sees(scopeOf(p)))
      .map((p) => warningsFor(p, point.asOf))
      .filter((w): w is NonNullable<typeof w> => w !== undefined && (!light || w.light === light))
      .sort((a, b) => (a.light === b.light ? a.projectId.localeCompare(b.projectId) : a.light === 'red' ? -1 : 1));
    return {
      asOf: point.asOf,
      total: all.length,
      red: all.filter((w) => w.light === 'red').length,
      page,
      pageSize,
      items: all.slice((page - 1) * pageSize, page * pageSize),
    };
  }

  private unknownIndicator(code: string): never {
    throw new DomainError('indicator.unknown', `unknown indicator "${code}"; see GET /indicators`, { field: 'indicator', status: 404 });
  }
}
