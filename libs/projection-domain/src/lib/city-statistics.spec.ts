import type { AssessmentEvent, EnvelopeOf, EventEnvelope } from '@ccpc/contracts';
import { type CityStatisticsMonth, evolveCityStatistics, fixedAssetInvestmentAt } from './city-statistics';

const published = (type: string, data: Record<string, unknown>, recordedAt: string): EventEnvelope => ({
  eventId: `e-${recordedAt}`,
  type,
  schemaVersion: 1,
  streamId: `fixed-asset-investment-${data['month'] as string}`,
  streamVersion: 1,
  occurredAt: recordedAt,
  recordedAt,
  correlationId: 'c',
  causationId: null,
  actor: { id: 'tjj', role: 'statistics', scope: 'statistics' },
  data,
});
const fold = (...events: EventEnvelope[]) => {
  const byMonth = new Map<string, CityStatisticsMonth>();
  for (const e of events) {
    const month = (e.data as { month: string }).month;
    const doc = evolveCityStatistics(byMonth.get(month), e as EnvelopeOf<AssessmentEvent>);
    if (doc) byMonth.set(month, doc);
  }
  return [...byMonth.values()];
};

describe('the city fixed-asset investment figure on the board', () => {
  const months = fold(
    published(
      'FixedAssetInvestmentReported',
      { month: '2018-05', cumulativeWan: 100, samePeriodLastYearWan: 90, publishedOn: '2018-06-15' },
      '2018-06-15T02:00:00.000Z',
    ),
    published(
      'FixedAssetInvestmentReported',
      { month: '2018-06', cumulativeWan: 130, samePeriodLastYearWan: 120, publishedOn: '2018-07-15' },
      '2018-07-15T02:00:00.000Z',
    ),
    published(
      'FixedAssetInvestmentRevised',
      { month: '2018-06', cumulativeWan: 135, samePeriodLastYearWan: 120, publishedOn: '2018-08-10', reason: '补充入统' },
      '2018-08-10T02:00:00.000Z',
    ),
  );
  const at = (asOf: string, knownAt = '2999-01-01T00:00:00.000Z') =>
    fixedAssetInvestmentAt(months, { year: 2018, asOf, knownAt })?.cumulativeWan;

  it('given May and June published and June revised, then each date shows what had been published by then', () => {
    expect([at('2018-06-10'), at('2018-06-30'), at('2018-07-31'), at('2018-08-31')]).toEqual([undefined, 100, 130, 135]);
  });
  it('given a view as known before the revision was recorded, then the revision is not shown', () => {
    expect(at('2018-08-31', '2018-08-01T00:00:00.000Z')).toBe(130);
  });
  it('given another year asked for, then nothing', () => {
    expect(fixedAssetInvestmentAt(months, { year: 2019, asOf: '2019-03-01', knownAt: '2999-01-01T00:00:00.000Z' })).toBeUndefined();
  });
});
