import { entriesOf, type ProjectTimeline } from './timeline';
import { EVER, fact, history, plan, registration, resume, start, toPreparing } from './testing/given-projects';
import { projectInYear, yearIndex } from './year-view';

const daysOf = (year: number) => {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 11, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
};

/** Histories with every shape a year's figures depend on. */
const histories = (): Record<string, ProjectTimeline> => ({
  'started in April, suspended in July, resumed in September, completed in December': history(
    registration(),
    ...toPreparing(),
    plan('new-start'),
    start('2018-04-16'),
    fact('ProjectSuspended', { date: '2018-07-02', reason: '资金', stageBefore: 'under-construction' }),
    resume('2018-09-10'),
    fact('MonthlyInvestmentReported', { month: '2018-06', amountWan: 1_000 }),
    fact('MonthlyInvestmentReported', { month: '2018-09', amountWan: 2_000 }),
    fact('ProjectCompleted', { date: '2018-12-20' }),
  ),
  'registered in the middle of the year (before it: nothing)': history(
    registration({ registeredOn: '2018-05-18' }),
    plan('new-start', 2018, '2018-06-01'),
  ),
  'a start on 30 June corrected the same day (no trace of construction)': history(
    registration(),
    ...toPreparing(),
    start('2018-06-30'),
    fact('ProjectStageCorrected', { from: 'under-construction', to: 'preparing', reason: '误报开工' }),
  ),
  'under construction since 2017, completed on 1 January': history(
    registration(),
    ...toPreparing(2016),
    start('2017-03-01'),
    fact('ProjectCompleted', { date: '2018-01-01' }),
  ),
  'completed in 2017 (never under construction in 2018)': history(
    registration(),
    ...toPreparing(2016),
    start('2016-08-01'),
    fact('ProjectCompleted', { date: '2017-11-20' }),
  ),
  'revised and re-planned across the period ends': history(
    registration(),
    ...toPreparing(),
    plan('continuing', 2018, '2018-06-30'),
    fact('ProjectDetailsRevised', { date: '2018-09-30', totalInvestmentWan: 5_000 }),
    fact('ProjectDetailsRevised', { date: '2018-10-01', totalInvestmentWan: 150_000 }),
    start('2018-12-31'),
  ),
});

describe('the year index: the cockpit slider reads the project as of any date without folding again', () => {
  for (const [name, timeline] of Object.entries(histories())) {
    describe(`given a project ${name}`, () => {
      it('when asked for each of the 365 days of 2018, then it answers what a fold at that date answers', () => {
        const index = yearIndex(entriesOf(timeline), 2018, EVER);
        for (const asOf of daysOf(2018))
          expect({ asOf, view: index.at(asOf) }).toEqual({ asOf, view: projectInYear(timeline, { year: 2018, asOf, knownAt: EVER }) });
      });
      it('when known only up to the middle of its recording, then it answers what a fold known at that instant answers', () => {
        const entries = entriesOf(timeline);
        const recorded = entries.map((e) => e.recordedAt).sort();
        const knownAt = recorded[Math.floor(recorded.length / 2)] as string;
        const index = yearIndex(entries, 2018, knownAt);
        for (const asOf of daysOf(2018))
          expect({ asOf, view: index.at(asOf) }).toEqual({ asOf, view: projectInYear(timeline, { year: 2018, asOf, knownAt }) });
      });
    });
  }

  describe('given an index built as known at one instant', () => {
    const timeline = histories()['started in April, suspended in July, resumed in September, completed in December'] as ProjectTimeline;
    const entries = entriesOf(timeline);
    const recorded = entries.map((e) => e.recordedAt).sort();
    const index = yearIndex(entries, 2018, recorded[3] as string);
    it('then it serves any later instant before the next recording, and no instant that knows more or less', () => {
      expect(index.validFor(recorded[3] as string)).toBe(true);
      expect(index.validFor(new Date(Date.parse(recorded[4] as string) - 1).toISOString())).toBe(true);
      expect(index.validFor(recorded[4] as string)).toBe(false);
      expect(index.validFor(recorded[2] as string)).toBe(false);
    });
  });

  it('given a date outside the year (a 2019 view asked as of 2018), then it folds that date as the view would', () => {
    const timeline = histories()['started in April, suspended in July, resumed in September, completed in December'] as ProjectTimeline;
    expect(yearIndex(entriesOf(timeline), 2019, EVER).at('2018-06-30')).toEqual(
      projectInYear(timeline, { year: 2019, asOf: '2018-06-30', knownAt: EVER }),
    );
  });
});
