import { LEAD_STAGES, type LeadStage } from '@ccpc/contracts';
import type { LeadAt } from './promotion';

/**
 * The promotion panel's figures for a year at a point (§15–§20 「招商要准」, §25 「不断巩固招商成果和扩大引资成效」):
 * - byStage — leads by their stage on that day: the open stages (identified … signed) over every
 *   lead known then, whatever year it was found; landed and lost only those that got there in the year;
 * - identified, intended — leads identified in the year by that day, and their intended investment;
 * - signed — contracts signed in the year by that day, and their amounts;
 * - landed — leads landed (projects entered into the reserve) in the year, and their investment;
 * - conversion — of the leads identified in the year, the share landed by that day (null when none).
 */
export interface PromotionFigures {
  byStage: Record<LeadStage, number>;
  identified: number;
  intendedWan: number;
  signed: { count: number; amountWan: number };
  landed: { count: number; investmentWan: number };
  conversion: number | null;
}

const inYear = (date: string | undefined, year: number) => date !== undefined && date.startsWith(`${year}-`);
const OPEN: readonly LeadStage[] = ['identified', 'contacted', 'negotiating', 'signed'];

export function promotionFigures(leads: readonly LeadAt[], year: number): PromotionFigures {
  const byStage = Object.fromEntries(LEAD_STAGES.map((s) => [s, 0])) as Record<LeadStage, number>;
  let identified = 0;
  let intendedWan = 0;
  let landedOfYear = 0;
  const signed = { count: 0, amountWan: 0 };
  const landed = { count: 0, investmentWan: 0 };
  for (const lead of leads) {
    if (OPEN.includes(lead.stage) || inYear(lead.stageSince, year)) byStage[lead.stage] += 1;
    if (inYear(lead.identifiedOn, year)) {
      identified += 1;
      intendedWan += lead.intendedInvestmentWan;
      if (lead.stage === 'landed') landedOfYear += 1;
    }
    if (lead.contract && inYear(lead.contract.date, year)) {
      signed.count += 1;
      signed.amountWan += lead.contract.amountWan;
    }
    if (lead.landing && inYear(lead.landing.date, year)) {
      landed.count += 1;
      landed.investmentWan += lead.landing.totalInvestmentWan;
    }
  }
  return { byStage, identified, intendedWan, signed, landed, conversion: identified === 0 ? null : landedOfYear / identified };
}

/** The same figures per group (a locality, a class, a region, a channel), groups in code order. */
export function promotionFiguresBy(
  leads: readonly LeadAt[],
  year: number,
  key: (lead: LeadAt) => string | null,
): Array<{ code: string } & PromotionFigures> {
  const groups = new Map<string, LeadAt[]>();
  for (const lead of leads) {
    const code = key(lead);
    if (code === null) continue;
    groups.set(code, [...(groups.get(code) ?? []), lead]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, group]) => ({ code, ...promotionFigures(group, year) }));
}
