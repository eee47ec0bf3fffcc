import type { AssessmentEvent } from '@ccpc/contracts';
import { deciderSpec } from '@ccpc/eventsourcing';
import { fixedAssetInvestmentDecider } from './fixed-asset-investment.decider';

const spec = deciderSpec(fixedAssetInvestmentDecider);
const june = { cumulativeWan: 23_456_000, samePeriodLastYearWan: 21_000_000, publishedOn: '2018-07-15' };
const reported: AssessmentEvent = { type: 'FixedAssetInvestmentReported', data: { month: '2018-06', ...june } };

describe('a month of the city fixed-asset investment figures (统计局月报)', () => {
  it('given nothing, when the bureau reports June, then the figures are published with their date', () => {
    spec
      .given([])
      .when({ type: 'ReportFixedAssetInvestment', month: '2018-06', ...june })
      .then([reported]);
  });

  it('given June reported, when it is reported again, then it is refused: a published figure is revised, with a reason', () => {
    spec
      .given([reported])
      .when({ type: 'ReportFixedAssetInvestment', month: '2018-06', ...june })
      .thenThrows('statistics.reported');
  });

  it('given nothing, when figures are published before their month, then it is refused', () => {
    spec
      .given([])
      .when({ type: 'ReportFixedAssetInvestment', month: '2018-06', ...june, publishedOn: '2018-05-31' })
      .thenThrows('date.order');
  });

  it('given June reported, when the bureau revises it later, then the revision carries the new figures, date and reason', () => {
    spec
      .given([reported])
      .when({
        type: 'ReviseFixedAssetInvestment',
        cumulativeWan: 23_500_000,
        samePeriodLastYearWan: 21_000_000,
        publishedOn: '2018-08-15',
        reason: '补充入统',
      })
      .then([
        {
          type: 'FixedAssetInvestmentRevised',
          data: {
            month: '2018-06',
            cumulativeWan: 23_500_000,
            samePeriodLastYearWan: 21_000_000,
            publishedOn: '2018-08-15',
            reason: '补充入统',
          },
        },
      ]);
  });

  it.each([
    ['nothing reported', [], { publishedOn: '2018-08-15', cumulativeWan: 1 }, 'statistics.notFound'],
    ['a revision dated before the figure', [reported], { publishedOn: '2018-07-01', cumulativeWan: 1 }, 'date.order'],
    ['the same figures', [reported], { publishedOn: '2018-08-15', cumulativeWan: june.cumulativeWan }, 'revise.same'],
  ])('given %s, when revised, then it is refused', (_, history, change, rule) => {
    spec
      .given(history as AssessmentEvent[])
      .when({ type: 'ReviseFixedAssetInvestment', ...june, ...change, reason: '更正' })
      .thenThrows(rule);
  });
});
