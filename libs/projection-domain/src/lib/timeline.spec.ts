import { entriesOf, projectAt } from './timeline';
import { EVER, fact, history, plan, registration, start, toPreparing, valueOf } from './testing/given-projects';

const stageAt = (t: ReturnType<typeof history>, asOf: string, knownAt = EVER) => projectAt(t, { asOf, knownAt })?.stage;

describe('a project timeline: every fact on its business date', () => {
  describe('given a project registered on 5 January 2017 that advanced, started on 16 April 2018 and was cancelled on 1 October', () => {
    const t = () =>
      history(
        registration(),
        ...toPreparing(),
        plan('new-start'),
        start('2018-04-16'),
        fact('ProjectCancelled', { date: '2018-10-01', reason: '撤资', stageBefore: 'under-construction' }),
      );
    it('does not exist before its registration, and has the stage of each date after it', () => {
      expect([stageAt(t(), '2017-01-04'), stageAt(t(), '2017-12-31'), stageAt(t(), '2018-06-30'), stageAt(t(), '2018-12-31')]).toEqual([
        undefined,
        'preparing',
        'under-construction',
        'cancelled',
      ]);
    });
  });

  describe('facts without a date of their own', () => {
    it('given a registration recorded on 3 March 2018 with no registeredOn (an event from before the date was filled in), then the project counts from 3 March (city time)', () => {
      const { registeredOn: _omitted, ...data } = registration().data;
      const t = history({ type: 'ProjectRegistered', data, recordedAt: '2018-03-02T17:30:00.000Z' }); // 3 March 01:30 in Changchun
      expect([stageAt(t, '2018-03-02'), stageAt(t, '2018-03-03')]).toEqual([undefined, 'reserve']);
    });
    it('given a revision to 0.5亿 dated 1 September, then the project is ≥ 1亿 before it and not after', () => {
      const t = history(
        registration(),
        ...toPreparing(),
        plan('new-start'),
        start('2018-04-16'),
        fact('ProjectDetailsRevised', { date: '2018-09-01', totalInvestmentWan: 5_000 }),
      );
      expect(projectAt(t, { asOf: '2018-06-30', knownAt: EVER })?.totalInvestmentWan).toBe(30_000);
      expect(projectAt(t, { asOf: '2018-09-01', knownAt: EVER })?.totalInvestmentWan).toBe(5_000);
    });
    it('given a plan membership dated 10 January 2018, then the project is not in the plan as of 9 January', () => {
      const t = history(registration(), ...toPreparing(), plan('new-start', 2018, '2018-01-10'));
      expect(projectAt(t, { asOf: '2018-01-09', knownAt: EVER })?.plans).toEqual([]);
      expect(projectAt(t, { asOf: '2018-01-10', knownAt: EVER })?.plans).toHaveLength(1);
    });
    it('given leader and secretary assignments, then each entry carries its from date as its business date', () => {
      const t = history(
        registration({ totalInvestmentWan: 300_000 }),
        fact('CityLeaderAssigned', { leaderId: 'l-1', leaderName: '张', from: '2018-03-01', to: null }),
        fact('ProjectSecretaryAssigned', { secretaryId: 's-1', secretaryName: '李', from: '2018-03-05', to: null }),
      );
      expect(entriesOf(t).map((e) => [e.type, e.date])).toEqual([
        ['ProjectRegistered', '2017-01-05'],
        ['CityLeaderAssigned', '2018-03-01'],
        ['ProjectSecretaryAssigned', '2018-03-05'],
      ]);
    });
  });

  describe('entries recorded out of business-date order', () => {
    it('given a June report recorded before a May report correction, then the timeline lists them by business date', () => {
      const t = history(
        registration(),
        fact('MonthlyInvestmentReported', { month: '2018-06', cumulativeWan: 600, monthWan: 600, progressNote: null }),
        fact('InvestmentCorrected', { month: '2018-05', cumulativeWan: 400, previousCumulativeWan: 600, reason: '更正' }),
      );
      expect(entriesOf(t).map((e) => e.date)).toEqual(['2017-01-05', '2018-05-31', '2018-06-30']);
    });
  });

  describe('a stage correction', () => {
    it('given a start on 25 April corrected back to preparing in August, then it counts from 25 April: the start never happened, even in the closed first half', () => {
      const t = history(
        registration(),
        ...toPreparing(),
        plan('new-start'),
        start('2018-04-25'),
        fact('ProjectStageCorrected', { from: 'under-construction', to: 'preparing', reason: '误报开工' }),
      );
      expect(entriesOf(t).at(-1)).toMatchObject({ type: 'ProjectStageCorrected', date: '2018-04-25' });
      expect([stageAt(t, '2018-04-24'), stageAt(t, '2018-05-01')]).toEqual(['preparing', 'preparing']);
      expect(valueOf('h1-starts', [t], '2018-12-31').actual).toBe(0);
      expect(valueOf('built-in-year', [t], '2018-12-31').actual).toBe(0); // not even for the day of the start it corrects
    });
  });

  describe('as known at an instant', () => {
    it('given a docking recorded on 5 March, then the board as known on 1 March shows reserve, and on 6 March docking', () => {
      const t = history(
        { ...registration(), recordedAt: '2018-01-02T00:00:00.000Z' },
        fact('ProjectStageAdvanced', { from: 'reserve', to: 'docking', date: '2018-02-01' }, '2018-03-05T00:00:00.000Z'),
      );
      expect(stageAt(t, '2018-12-31', '2018-03-01T00:00:00.000Z')).toBe('reserve');
      expect(stageAt(t, '2018-12-31', '2018-03-06T00:00:00.000Z')).toBe('docking');
    });
  });
});
