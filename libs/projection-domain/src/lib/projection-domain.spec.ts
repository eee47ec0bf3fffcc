import type { EventEnvelope } from '@ccpc/contracts';
import { evaluate, type IndicatorDefinition, indicatorByCode } from './indicators';
import { targetsFor } from './targets';
import { evolveTimeline, type ProjectTimeline, projectAt } from './timeline';
import { warningsFor } from './warnings';

let v = 0;
const ev = (type: string, data: Record<string, unknown>, recordedAt = `2018-01-01T00:00:0${v % 10}.000Z`): EventEnvelope => ({
  eventId: `e-${++v}`,
  type,
  schemaVersion: 1,
  streamId: 'project-p1',
  streamVersion: v,
  occurredAt: recordedAt,
  recordedAt,
  correlationId: 'c',
  causationId: null,
  actor: { id: 'officer', role: 'locality', scope: 'locality:lvyuan' },
  data,
});
const registered = (total: number) =>
  ev('ProjectRegistered', {
    projectId: 'p1',
    name: '一汽零部件',
    localityCode: 'lvyuan',
    departmentCode: 'gxj',
    categoryCode: 'auto',
    subKindCode: null,
    industrial: true,
    sourceCode: 'enterprise',
    investor: null,
    totalInvestmentWan: total,
    nationalCode: null,
    leading: false,
    landmark: false,
    threeEarly: false,
    reserveLevels: ['city'],
    siteInDevelopmentZone: false,
    referenceVersion: '2018.1',
  });
const indicator = (code: string): IndicatorDefinition =>
  indicatorByCode.get(code) ??
  (() => {
    throw new Error(`no indicator ${code}`);
  })();
const timeline = (...events: EventEnvelope[]): ProjectTimeline =>
  events.reduce<ProjectTimeline | undefined>((doc, e) => evolveTimeline(doc, e) ?? undefined, undefined) as ProjectTimeline;

describe('the leadership views, folded from a project timeline', () => {
  beforeEach(() => (v = 0));

  describe('given a project planned, started on 16 April and cancelled on 1 October', () => {
    const history = () =>
      timeline(
        registered(30_000),
        ev('ProjectStageAdvanced', { from: 'reserve', to: 'docking', date: '2017-10-01' }),
        ev('ProjectStageAdvanced', { from: 'docking', to: 'landed', date: '2017-11-01' }),
        ev('ProjectStageAdvanced', { from: 'landed', to: 'preparing', date: '2017-12-01' }),
        ev('ProjectAddedToAnnualPlan', { year: 2018, kind: 'new-start', plannedStartMonth: '2018-04', annualInvestmentWan: 9000 }),
        ev('ProjectConstructionStarted', { date: '2018-04-16', year: 2018, plannedAsNewStart: true }),
        ev('ProjectCancelled', { date: '2018-10-01', reason: '撤资', stageBefore: 'under-construction' }),
      );

    it('is preparing as of 31 March, under construction as of 30 June, cancelled as of the year end', () => {
      const at = (asOf: string) => projectAt(history(), { asOf, knownAt: '2999-01-01T00:00:00.000Z' })?.stage;
      expect([at('2018-03-31'), at('2018-06-30'), at('2018-12-31')]).toEqual(['preparing', 'under-construction', 'cancelled']);
    });

    it('counts as a new start and in the spring campaign as of 30 June, not after its cancellation', () => {
      const count = (code: string, asOf: string) => {
        const p = projectAt(history(), { asOf, knownAt: '2999-01-01T00:00:00.000Z' });
        return evaluate(indicator(code), p ? [p] : [], { year: 2018, asOf }, null).actual;
      };
      expect([count('new-starts', '2018-06-30'), count('spring-campaign', '2018-06-30'), count('new-starts', '2018-12-31')]).toEqual([
        1, 1, 0,
      ]);
    });
  });

  describe('given a fact recorded later than the instant asked about', () => {
    it('leaves it out: the board as it was known then', () => {
      const t = timeline(
        registered(30_000),
        ev('ProjectStageAdvanced', { from: 'reserve', to: 'docking', date: '2018-02-01' }, '2018-03-05T00:00:00.000Z'),
      );
      expect(projectAt(t, { asOf: '2018-12-31', knownAt: '2018-03-01T00:00:00.000Z' })?.stage).toBe('reserve');
      expect(projectAt(t, { asOf: '2018-12-31', knownAt: '2018-03-06T00:00:00.000Z' })?.stage).toBe('docking');
    });
  });

  describe('when a share has an empty base', () => {
    it('is 0, not NaN, and reports its base', () => {
      const value = evaluate(indicator('resumption-rate'), [], { year: 2018, asOf: '2018-06-30' }, 0.9);
      expect(value).toMatchObject({ actual: 0, numerator: 0, denominator: 0, target: 0.9, reached: 0 });
    });
  });

  describe('warnings', () => {
    it('turns red when a planned start is more than a month overdue, yellow for a missing secretary only', () => {
      const planned = timeline(
        registered(8_000),
        ev('ProjectAddedToAnnualPlan', { year: 2018, kind: 'new-start', plannedStartMonth: '2018-05', annualInvestmentWan: 100 }),
      );
      const p = projectAt(planned, { asOf: '2018-08-15', knownAt: '2999-01-01T00:00:00.000Z' });
      if (!p) throw new Error('the project should exist');
      expect(warningsFor(p, '2018-08-15')).toMatchObject({
        light: 'red',
        reasons: ['总投资5000万元以上，未配备项目秘书（§31）', '计划2018-05开工，至今未开工'],
      });
      expect(warningsFor(p, '2018-05-20')).toMatchObject({ light: 'yellow', reasons: ['总投资5000万元以上，未配备项目秘书（§31）'] });
    });
  });

  describe('given a project under construction whose year is planned at 12,000万', () => {
    const building = (...reports: Array<[string, number]>) =>
      timeline(
        registered(30_000),
        ev('ProjectStageAdvanced', { from: 'reserve', to: 'docking', date: '2017-01-01' }),
        ev('ProjectStageAdvanced', { from: 'docking', to: 'landed', date: '2017-02-01' }),
        ev('ProjectStageAdvanced', { from: 'landed', to: 'preparing', date: '2017-03-01' }),
        ev('ProjectConstructionStarted', { date: '2017-06-01', year: 2017, plannedAsNewStart: false }),
        ev('CityLeaderAssigned', { leaderId: 'l-1', leaderName: '张', from: '2018-01-01', to: null }),
        ev('ProjectSecretaryAssigned', { secretaryId: 's-1', secretaryName: '李', from: '2018-01-01', to: null }),
        ev('ProjectAddedToAnnualPlan', { year: 2018, kind: 'continuing', plannedStartMonth: null, annualInvestmentWan: 12_000 }),
        ...reports.map(([month, cumulativeWan]) =>
          ev('MonthlyInvestmentReported', { month, cumulativeWan, monthWan: 0, progressNote: null }),
        ),
      );
    const at = (t: ProjectTimeline, asOf: string) => {
      const p = projectAt(t, { asOf, knownAt: '2999-01-01T00:00:00.000Z' });
      if (!p) throw new Error('the project should exist');
      return warningsFor(p, asOf);
    };

    it('is on schedule when this year’s investment keeps pace (last year’s is not counted)', () => {
      expect(at(building(['2017-12', 9_000], ['2018-06', 15_000]), '2018-06-30')).toBeUndefined();
    });

    it('is yellow under half the time-proportional plan, red under a quarter', () => {
      expect(at(building(['2017-12', 9_000], ['2018-06', 11_500]), '2018-06-30')).toMatchObject({
        light: 'yellow',
        reasons: ['年度投资完成21%，低于序时进度（50%）'],
      });
      expect(at(building(['2017-12', 9_000], ['2018-06', 9_500]), '2018-06-30')).toMatchObject({
        light: 'red',
        reasons: ['年度投资完成4%，低于序时进度（50%）'],
      });
    });
  });

  describe('given a project that has been preparing since March 2017', () => {
    it('warns yellow after six months in the stage and red after a year', () => {
      const t = timeline(
        registered(3_000),
        ev('ProjectStageAdvanced', { from: 'reserve', to: 'docking', date: '2017-01-01' }),
        ev('ProjectStageAdvanced', { from: 'docking', to: 'landed', date: '2017-02-01' }),
        ev('ProjectStageAdvanced', { from: 'landed', to: 'preparing', date: '2017-03-01' }),
      );
      const light = (asOf: string) => {
        const p = projectAt(t, { asOf, knownAt: '2999-01-01T00:00:00.000Z' });
        return p && warningsFor(p, asOf);
      };
      expect(light('2017-08-31')).toBeUndefined();
      expect(light('2017-12-31')).toMatchObject({ light: 'yellow', reasons: ['已在当前阶段停留9个月'] });
      expect(light('2018-06-30')).toMatchObject({ light: 'red', reasons: ['已在当前阶段停留15个月'] });
    });
  });

  describe('targets', () => {
    it('are the 2018 plan for 2018, and the latest earlier plan for a year without its own', () => {
      expect(targetsFor(2018)?.values['new-starts']).toBe(500);
      expect(targetsFor(2019)?.version).toBe('2018.1');
      expect(targetsFor(2017)).toBeUndefined();
    });
  });
});
