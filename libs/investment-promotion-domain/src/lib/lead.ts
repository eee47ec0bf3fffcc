import {
  categoryByCode,
  departmentByCode,
  type DockingChannel,
  type Enterprise,
  type EnterpriseClass,
  type LeadEvent,
  type LeadStage,
  LEAD_STAGE_LABELS,
  localityByCode,
  type OriginRegion,
  type RefusalRule,
  unhandledEvent,
} from '@ccpc/contracts';
import { type BusinessDates, checkNotBefore, type Decider, DomainError } from '@ccpc/eventsourcing';
import { creditCodeValid } from './credit-code';

/** A lead as its events say it is; null before it is identified. */
export interface Lead {
  leadId: string;
  enterprise: Enterprise;
  classCode: EnterpriseClass;
  regionCode: OriginRegion;
  channelCode: DockingChannel;
  categoryCode: string;
  chainNode: string;
  intendedInvestmentWan: number;
  localityCode: string;
  departmentCode: string | null;
  officer: string;
  stage: LeadStage;
  identifiedOn: string;
  /** The business date of the last stage change. */
  stageSince: string;
  contract: { amountWan: number; date: string } | null;
  landing: { date: string; projectName: string; departmentCode: string; totalInvestmentWan: number } | null;
  /** The registry's project, once it is registered from the landing. */
  projectId: string | null;
  lost: { date: string; reason: string; conflictId: string | null } | null;
  followUps: Array<{ date: string; note: string }>;
}

export interface IdentifyLead {
  type: 'IdentifyLead';
  leadId: string;
  enterprise: Enterprise;
  classCode: EnterpriseClass;
  regionCode: OriginRegion;
  channelCode: DockingChannel;
  categoryCode: string;
  chainNode: string;
  intendedInvestmentWan: number;
  localityCode: string;
  departmentCode: string | null;
  officer: string;
  date: string;
}

export type LeadCommand =
  | IdentifyLead
  | { type: 'FollowUpLead'; note: string; date: string }
  | { type: 'AdvanceLead'; to: 'contacted' | 'negotiating'; date: string }
  | { type: 'SignLead'; contractAmountWan: number | undefined; date: string }
  | {
      type: 'LandLead';
      projectName: string;
      departmentCode: string | undefined;
      totalInvestmentWan: number | undefined;
      siteInDevelopmentZone: boolean | undefined;
      date: string;
    }
  | { type: 'RecordLeadProject'; projectId: string; date: string }
  | { type: 'LoseLead'; reason: string; conflictId: string | null; date: string };

/** The fold: exhaustive over the contracts, so a new event type does not compile until it is handled here. */
export function evolveLead(state: Lead | null, event: LeadEvent): Lead | null {
  if (event.type === 'LeadIdentified') {
    const { date, ...data } = event.data;
    return {
      ...data,
      stage: 'identified',
      identifiedOn: date,
      stageSince: date,
      contract: null,
      landing: null,
      projectId: null,
      lost: null,
      followUps: [],
    };
  }
  if (!state) return null;
  switch (event.type) {
    case 'LeadFollowedUp':
      return { ...state, followUps: [...state.followUps, event.data] };
    case 'LeadAdvanced':
      return { ...state, stage: event.data.to, stageSince: event.data.date };
    case 'LeadSigned':
      return {
        ...state,
        stage: 'signed',
        stageSince: event.data.date,
        contract: { amountWan: event.data.contractAmountWan, date: event.data.date },
      };
    case 'LeadLanded': {
      const { date, projectName, departmentCode, totalInvestmentWan } = event.data;
      return { ...state, stage: 'landed', stageSince: date, landing: { date, projectName, departmentCode, totalInvestmentWan } };
    }
    case 'LeadProjectRegistered':
      return { ...state, projectId: event.data.projectId };
    case 'LeadLost':
      return {
        ...state,
        stage: 'lost',
        stageSince: event.data.date,
        lost: { date: event.data.date, reason: event.data.reason, conflictId: event.data.conflictId },
      };
    default:
      return unhandledEvent(event);
  }
}

const refuse = (rule: RefusalRule, message: string, field?: string, status: 400 | 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

const NEXT: Partial<Record<LeadStage, LeadStage>> = {
  identified: 'contacted',
  contacted: 'negotiating',
  negotiating: 'signed',
  signed: 'landed',
};

function mustBeAt(state: Lead, expected: LeadStage, wanted: LeadStage): void {
  if (state.stage !== expected)
    refuse(
      'lead.stage',
      `${LEAD_STAGE_LABELS[wanted]}须在${LEAD_STAGE_LABELS[expected]}之后，线索现为${LEAD_STAGE_LABELS[state.stage]}（逐级推进：已发现 → 已接触 → 洽谈中 → 已签约 → 已落地）`,
      'stage',
      409,
    );
}

function checkIdentify(c: IdentifyLead): void {
  if (c.enterprise.creditCode !== null && !creditCodeValid(c.enterprise.creditCode))
    refuse('lead.creditCode', `统一社会信用代码 ${c.enterprise.creditCode} 的校验位不符（GB 32100-2015），请核对`, 'creditCode', 422);
  if (!localityByCode.has(c.localityCode))
    refuse('lead.reference', `“${c.localityCode}”不是本市的县（市）区或开发区代码`, 'localityCode', 400);
  if (c.departmentCode !== null && !departmentByCode.has(c.departmentCode))
    refuse('lead.reference', `“${c.departmentCode}”不是基础数据中的市直部门代码`, 'departmentCode', 400);
  if (!categoryByCode.has(c.categoryCode)) refuse('lead.reference', `“${c.categoryCode}”不是基础数据中的产业类别代码`, 'categoryCode', 400);
}

export function decideLead(command: LeadCommand, state: Lead | null): LeadEvent[] {
  // The deciders check their own "not before" (as the registry's and approval's do: each orders it among its date rules).
  checkNotBefore(leadDates, state, command);
  if (command.type === 'IdentifyLead') {
    if (state) refuse('lead.exists', `线索 ${command.leadId} 已登记`, 'leadId', 409);
    checkIdentify(command);
    const { type: _type, ...data } = command;
    return [{ type: 'LeadIdentified', data }];
  }
  if (!state) return refuse('lead.notFound', '没有这个招商线索', 'id', 404);
  switch (command.type) {
    case 'FollowUpLead':
      return [{ type: 'LeadFollowedUp', data: { note: command.note, date: command.date } }];
    case 'AdvanceLead': {
      const from = command.to === 'contacted' ? 'identified' : 'contacted';
      mustBeAt(state, from, command.to);
      return [{ type: 'LeadAdvanced', data: { from, to: command.to, date: command.date } }];
    }
    case 'SignLead':
      mustBeAt(state, 'negotiating', 'signed');
      if (command.contractAmountWan === undefined || command.contractAmountWan <= 0)
        refuse('lead.landing', '签约须填写合同（协议）投资额（万元，大于 0）', 'contractAmountWan', 400);
      return [{ type: 'LeadSigned', data: { contractAmountWan: command.contractAmountWan ?? 0, date: command.date } }];
    case 'LandLead': {
      mustBeAt(state, 'signed', 'landed');
      const departmentCode =
        command.departmentCode ??
        state.departmentCode ??
        refuse('lead.landing', '落地项目须指定行业主管部门（departmentCode）', 'departmentCode', 400);
      if (!departmentByCode.has(departmentCode))
        refuse('lead.reference', `“${departmentCode}”不是基础数据中的市直部门代码`, 'departmentCode', 400);
      const total = command.totalInvestmentWan ?? state.contract?.amountWan ?? 0;
      if (total <= 0) refuse('lead.landing', '落地项目的总投资须大于 0 万元', 'totalInvestmentWan', 400);
      const zone = localityByCode.get(state.localityCode)?.kind === 'development-zone';
      return [
        {
          type: 'LeadLanded',
          data: {
            projectName: command.projectName,
            localityCode: state.localityCode,
            departmentCode,
            categoryCode: state.categoryCode,
            investor: state.enterprise.name,
            totalInvestmentWan: total,
            siteInDevelopmentZone: command.siteInDevelopmentZone ?? zone,
            date: command.date,
          },
        },
      ];
    }
    case 'RecordLeadProject':
      if (state.projectId === command.projectId) return [];
      if (state.stage !== 'landed') refuse('lead.stage', '只有已落地的线索才有入库项目', 'stage', 409);
      return [{ type: 'LeadProjectRegistered', data: { projectId: command.projectId, date: command.date } }];
    case 'LoseLead': {
      if (state.stage === 'lost')
        return command.conflictId !== null ? [] : refuse('lead.stage', `线索已于 ${state.stageSince} 终止`, 'stage', 409);
      const from = state.stage;
      if (from === 'landed')
        // A conflict's release of a lead that has landed meanwhile leaves it as it is (the project exists).
        return command.conflictId !== null ? [] : refuse('lead.stage', '已落地的线索不能终止（项目在储备库中办理）', 'stage', 409);
      return [{ type: 'LeadLost', data: { from, reason: command.reason, conflictId: command.conflictId, date: command.date } }];
    }
    default:
      return unhandledEvent(command);
  }
}

/** The next stage of the pipeline after the lead's own, if there is one. */
export const nextStage = (lead: Pick<Lead, 'stage'>): LeadStage | undefined => NEXT[lead.stage];

export const leadDecider: Decider<LeadCommand, LeadEvent, Lead | null> = {
  initialState: () => null,
  evolve: evolveLead,
  decide: decideLead,
};

/** Every lead fact is dated: never after today, never before the lead was identified. */
export const leadDates: BusinessDates<LeadCommand, Lead | null> = {
  of: (command) => [{ field: 'date', date: command.date }],
  notBefore: (state, command) =>
    state && command.type !== 'IdentifyLead' ? { date: state.identifiedOn, rule: 'date.order', what: '线索登记日' } : undefined,
};
