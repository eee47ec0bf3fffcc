import { z } from 'zod';
import { defineEvent, type EventOf } from '../event-definition';
import { streamIds } from '../streams';

/**
 * 考核 (assessment): its events. The first are the statistics bureau's city figures that the
 * year's targets are measured by. A schema change adds a version with an upcaster; a published
 * version is never edited.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM');
const wan = z.number().int().min(0);
const figures = {
  month,
  /** 本年1月至该月累计（入统数，万元）. */
  cumulativeWan: wan,
  /** 上年同期累计（万元）. */
  samePeriodLastYearWan: wan,
  /** The day the bureau published the figure: the board counts it from then on. */
  publishedOn: day,
};

export const FixedAssetInvestmentReported = defineEvent({
  type: 'FixedAssetInvestmentReported',
  label: '公布固定资产投资',
  producer: 'assessment',
  description: '市统计局公布全市全社会固定资产投资月度数据：本年累计与上年同期累计（入统数，万元）及公布日期。',
  schema: z.object(figures),
});

export const FixedAssetInvestmentRevised = defineEvent({
  type: 'FixedAssetInvestmentRevised',
  label: '修订固定资产投资',
  producer: 'assessment',
  description: '市统计局修订某月数据（须说明理由）；自修订公布日起看板采用修订数，此前日期的看板不变。',
  schema: z.object({ ...figures, reason: z.string().min(2).max(500) }),
});

export const ASSESSMENT_EVENTS = [FixedAssetInvestmentReported, FixedAssetInvestmentRevised] as const;

/** Every assessment event, typed: what the folds of the assessment service switch over. */
export type AssessmentEvent = EventOf<(typeof ASSESSMENT_EVENTS)[number]>;
export const ASSESSMENT_EVENT_TYPES: ReadonlyArray<AssessmentEvent['type']> = ASSESSMENT_EVENTS.map((d) => d.type);

const types = new Set<string>(ASSESSMENT_EVENT_TYPES);
/** Narrows an envelope read through the catalogue to an assessment event. */
export const isAssessmentEvent = (event: { type: string; data: unknown }): event is AssessmentEvent => types.has(event.type);

/** One stream per month of figures: `fixed-asset-investment-2018-06`. */
export const fixedAssetInvestmentStreams = streamIds('fixed-asset-investment');
