import type { AssessmentEvent, RefusalRule } from '@ccpc/contracts';
import { unhandledEvent } from '@ccpc/contracts';
import { type BusinessDates, type Decider, DomainError } from '@ccpc/eventsourcing';

/**
 * The city's fixed-asset investment of one month as the statistics bureau published it (§2
 * 「全社会固定资产投资计划增长10%以上」): this year's cumulative figure and last year's for the
 * same period, with the day it was published and how often it was revised. Null before it is
 * reported.
 */
export interface FixedAssetInvestment {
  month: string;
  cumulativeWan: number;
  samePeriodLastYearWan: number;
  publishedOn: string;
  revisions: number;
}

export interface FixedAssetInvestmentFigures {
  cumulativeWan: number;
  samePeriodLastYearWan: number;
  publishedOn: string;
}

export type FixedAssetInvestmentCommand =
  | ({ type: 'ReportFixedAssetInvestment'; month: string } & FixedAssetInvestmentFigures)
  | ({ type: 'ReviseFixedAssetInvestment'; reason: string } & FixedAssetInvestmentFigures);

/** The fold: exhaustive over the contracts, so a new event type does not compile until it is handled here. */
export function evolveFixedAssetInvestment(state: FixedAssetInvestment | null, event: AssessmentEvent): FixedAssetInvestment | null {
  switch (event.type) {
    case 'FixedAssetInvestmentReported':
      return { ...event.data, revisions: 0 };
    case 'FixedAssetInvestmentRevised': {
      const { reason: _reason, ...figures } = event.data;
      return state && { ...figures, revisions: state.revisions + 1 };
    }
    default:
      return unhandledEvent(event);
  }
}

const refuse = (rule: RefusalRule, message: string, field?: string, status: 400 | 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

/** Published in or after the month the figure is for (a month's figure cannot precede it). */
function checkPublished(month: string, publishedOn: string): void {
  if (publishedOn.slice(0, 7) < month) refuse('date.order', `发布日期 ${publishedOn} 早于数字所属月份 ${month}`, 'publishedOn');
}

export function decideFixedAssetInvestment(command: FixedAssetInvestmentCommand, state: FixedAssetInvestment | null): AssessmentEvent[] {
  switch (command.type) {
    case 'ReportFixedAssetInvestment': {
      if (state) refuse('statistics.reported', `${state.month} 的数字已发布，如需修改请提交修订`, 'month', 409);
      checkPublished(command.month, command.publishedOn);
      const { type: _type, ...data } = command;
      return [{ type: 'FixedAssetInvestmentReported', data }];
    }
    case 'ReviseFixedAssetInvestment': {
      if (!state) return refuse('statistics.notFound', '该月尚未发布统计数字', 'month', 404);
      checkPublished(state.month, command.publishedOn);
      if (command.publishedOn < state.publishedOn)
        refuse('date.order', `修订须在被修订数字的发布日（${state.publishedOn}）之后发布`, 'publishedOn');
      if (command.cumulativeWan === state.cumulativeWan && command.samePeriodLastYearWan === state.samePeriodLastYearWan)
        refuse('revise.same', '修订后的数字与已发布的相同', 'cumulativeWan', 409);
      const { type: _type, ...rest } = command;
      return [{ type: 'FixedAssetInvestmentRevised', data: { month: state.month, ...rest } }];
    }
  }
}

export const fixedAssetInvestmentDecider: Decider<FixedAssetInvestmentCommand, AssessmentEvent, FixedAssetInvestment | null> = {
  initialState: () => null,
  evolve: evolveFixedAssetInvestment,
  decide: decideFixedAssetInvestment,
};

/** A month's figures are dated by their publication: never after today. */
export const fixedAssetInvestmentDates: BusinessDates<FixedAssetInvestmentCommand, FixedAssetInvestment | null> = {
  of: (command) => [{ field: 'publishedOn', date: command.publishedOn }],
};
