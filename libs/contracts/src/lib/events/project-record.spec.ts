import { evolveProjectRecord, planFor, type ProjectRecord, resumptionIn } from './project-record';
import type { RegistryEvent } from './registry';

const registered: RegistryEvent = {
  type: 'ProjectRegistered',
  data: {
    projectId: 'p-1',
    name: '一汽解放智能工厂',
    localityCode: 'lvyuan',
    departmentCode: 'gxj',
    categoryCode: 'auto',
    subKindCode: null,
    industrial: true,
    sourceCode: 'enterprise',
    investor: null,
    totalInvestmentWan: 250_000,
    nationalCode: null,
    leading: false,
    landmark: false,
    threeEarly: false,
    reserveLevels: ['city'],
    siteInDevelopmentZone: false,
    referenceVersion: '2018.1',
  },
};
const started: RegistryEvent[] = [
  registered,
  { type: 'ProjectStageAdvanced', data: { from: 'reserve', to: 'docking', date: '2018-01-10' } },
  { type: 'ProjectStageAdvanced', data: { from: 'docking', to: 'landed', date: '2018-02-01', investor: '一汽解放' } },
  { type: 'ProjectStageAdvanced', data: { from: 'landed', to: 'preparing', date: '2018-02-20' } },
  { type: 'ProjectAddedToAnnualPlan', data: { year: 2018, kind: 'new-start', plannedStartMonth: '2018-04', annualInvestmentWan: 80_000 } },
  { type: 'ProjectConstructionStarted', data: { date: '2018-04-16', year: 2018, plannedAsNewStart: true } },
];
const given = (events: readonly RegistryEvent[]) => ({
  then: (expected: Partial<ProjectRecord> | null) => {
    const record = events.reduce<ProjectRecord | null>(evolveProjectRecord, null);
    if (expected === null) expect(record).toBeNull();
    else expect(record).toMatchObject(expected);
    return record;
  },
});

describe('the project record (the one fold of the registry events)', () => {
  describe('when nothing was registered', () => {
    it('has no record, whatever else arrives', () => {
      given([{ type: 'ProjectCompleted', data: { date: '2018-05-01' } }]).then(null);
    });
  });

  describe('when a project is registered, lands and starts', () => {
    it('carries its attributes, the investor from landing, the start date and the stage since', () => {
      const record = given(started).then({
        stage: 'under-construction',
        stageSince: '2018-04-16',
        firstStartDate: '2018-04-16',
        investor: '一汽解放',
      });
      expect(planFor(record as ProjectRecord, 2018)).toMatchObject({ kind: 'new-start', plannedStartMonth: '2018-04' });
      expect(planFor(record as ProjectRecord, 2019)).toBeUndefined();
    });
  });

  describe('when the project office corrects the stage back before construction', () => {
    it('forgets the start (every view of the project agrees, since they all fold here)', () => {
      given([
        ...started,
        { type: 'ProjectStageCorrected', data: { from: 'under-construction', to: 'preparing', reason: '误报开工' } },
      ]).then({
        stage: 'preparing',
        firstStartDate: null,
      });
    });
    it('keeps the start when corrected to another construction-time stage, but drops a completion that did not happen', () => {
      given([
        ...started,
        { type: 'ProjectCompleted', data: { date: '2018-11-30' } },
        { type: 'ProjectStageCorrected', data: { from: 'completed', to: 'under-construction', reason: '尚未竣工' } },
      ]).then({ stage: 'under-construction', firstStartDate: '2018-04-16', completedDate: null });
    });
  });

  describe('when a project is suspended and reactivated', () => {
    it('returns to the stage it left', () => {
      given([
        ...started,
        { type: 'ProjectSuspended', data: { date: '2018-06-01', reason: '资金', stageBefore: 'under-construction' } },
        { type: 'ProjectReactivated', data: { date: '2018-07-01', stage: 'under-construction' } },
      ]).then({ stage: 'under-construction', stageSince: '2018-07-01', stageBeforeSuspension: null });
    });
  });

  describe('when investment is reported, corrected and the project resumes the next year', () => {
    it('keeps every report in order, the latest cumulative, and the resumption of each year', () => {
      const record = given([
        ...started,
        { type: 'MonthlyInvestmentReported', data: { month: '2018-05', cumulativeWan: 12_000, monthWan: 12_000, progressNote: null } },
        {
          type: 'InvestmentCorrected',
          data: { month: '2018-05', cumulativeWan: 10_000, previousCumulativeWan: 12_000, reason: '重复填报' },
        },
        { type: 'ProjectConstructionResumed', data: { date: '2019-03-15', year: 2019 } },
      ]).then({
        cumulativeWan: 10_000,
        lastReportedMonth: '2018-05',
        reports: [
          { month: '2018-05', cumulativeWan: 12_000 },
          { month: '2018-05', cumulativeWan: 10_000 },
        ],
      });
      expect(resumptionIn(record as ProjectRecord, 2019)).toBe('2019-03-15');
      expect(resumptionIn(record as ProjectRecord, 2018)).toBeUndefined();
    });
  });

  describe('when details are revised', () => {
    it('changes only the fields the revision names (an explicit null clears the investor)', () => {
      given([registered, { type: 'ProjectDetailsRevised', data: { totalInvestmentWan: 300_000, investor: null } }]).then({
        totalInvestmentWan: 300_000,
        investor: null,
        name: '一汽解放智能工厂',
      });
    });
  });
});
