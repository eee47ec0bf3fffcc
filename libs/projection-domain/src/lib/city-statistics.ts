import { ASSESSMENT_EVENTS, type AssessmentEvent, type EnvelopeOf, fixedAssetInvestmentStreams, unhandledEvent } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';

/**
 * The statistics bureau's monthly city figures as the leadership views read them: every
 * published version of a month (the first report and each revision) with the day it was
 * published and the instant it was recorded, so that the board as of any date shows the
 * figure that had been published by then — a revision never rewrites an earlier day's board.
 */
export interface FixedAssetInvestmentFigure {
  month: string;
  cumulativeWan: number;
  samePeriodLastYearWan: number;
  publishedOn: string;
  recordedAt: string;
}

export interface CityStatisticsMonth {
  month: string;
  versions: FixedAssetInvestmentFigure[];
}

export function evolveCityStatistics(doc: CityStatisticsMonth | undefined, event: EnvelopeOf<AssessmentEvent>): CityStatisticsMonth | null {
  switch (event.type) {
    case 'FixedAssetInvestmentReported':
    case 'FixedAssetInvestmentRevised': {
      const { month, cumulativeWan, samePeriodLastYearWan, publishedOn } = event.data;
      const version = { month, cumulativeWan, samePeriodLastYearWan, publishedOn, recordedAt: event.recordedAt };
      return { month, versions: [...(doc?.versions ?? []), version] };
    }
    default:
      return unhandledEvent(event);
  }
}

/**
 * The figure the board shows for a year at a point: the latest month of that year with a
 * version published on or before `asOf` and recorded by `knownAt`, in that month's latest such
 * version.
 */
export function fixedAssetInvestmentAt(
  months: readonly CityStatisticsMonth[],
  point: { year: number; asOf: string; knownAt: string },
): FixedAssetInvestmentFigure | undefined {
  let best: FixedAssetInvestmentFigure | undefined;
  for (const m of months) {
    if (!m.month.startsWith(`${point.year}-`)) continue;
    const shown = m.versions
      .filter((v) => v.publishedOn <= point.asOf && v.recordedAt <= point.knownAt)
      .sort((a, b) => (a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : a.recordedAt < b.recordedAt ? -1 : 1))
      .at(-1);
    if (shown && (!best || shown.month > best.month)) best = shown;
  }
  return best;
}

/** One document per month of figures (keyed by the month). */
export const CITY_STATISTICS = 'city_statistics';

export const cityStatistics = defineProjection({
  name: CITY_STATISTICS,
  version: 1,
  events: ASSESSMENT_EVENTS,
  keyOf: (event) => fixedAssetInvestmentStreams.entityId(event.streamId) ?? event.streamId,
  evolve: evolveCityStatistics,
});
