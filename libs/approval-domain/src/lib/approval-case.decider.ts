import type { ApprovalCaseEvent, RefusalRule } from '@ccpc/contracts';
import { checkNotBefore, type Decider, DomainError } from '@ccpc/eventsourcing';
import { approvalCaseDates } from './approval-dates';
import { APPROVAL_REFERENCE_VERSION, approvalItemByCode, standardItems } from '@ccpc/contracts';
import {
  type ApprovalCase,
  type ApprovalItem,
  caseWorkingDays,
  evolveApprovalCase,
  itemDueOn,
  itemWorkingDays,
  type VisitStep,
} from './approval-case.state';
import { checkCovered } from '@ccpc/calendar';

export type ApprovalCaseCommand =
  | {
      type: 'OpenApprovalCase';
      projectId: string;
      projectName: string;
      localityCode: string;
      categoryCode: string;
      totalInvestmentWan: number;
      date: string;
    }
  | { type: 'SubmitItem'; itemCode: string; date: string; documents: string[] }
  | { type: 'RequestSupplements'; itemCode: string; date: string; documents: string[]; note?: string }
  | { type: 'ResubmitItem'; itemCode: string; date: string; documents: string[] }
  | { type: 'ApproveItem'; itemCode: string; date: string; note?: string }
  | { type: 'RejectItem'; itemCode: string; date: string; reasons: string }
  | { type: 'RecordVisit'; itemCode: string; step: VisitStep; date: string }
  | { type: 'MarkOverdue'; today: string };

const refuse = (rule: RefusalRule, message: string, field?: string, status: 404 | 409 | 422 = 409): never => {
  throw new DomainError(rule, message, { field, status });
};

/** An item's name for a person (its code when the reference does not know it). */
const nameOf = (code: string) => approvalItemByCode.get(code)?.name ?? code;

const STATUS_RULES: Record<Exclude<ApprovalItem['status'], 'under-review'>, [RefusalRule, string]> = {
  'not-submitted': ['approval.not-submitted', '事项尚未申报'],
  'awaiting-supplements': ['approval.awaiting-supplements', '事项正等待申请人补正材料'],
  approved: ['approval.decided', '事项已批准'],
  rejected: ['approval.decided', '事项已作出不予批准决定'],
};

/** The item under review, or the rule its status breaks. */
function underReview(item: ApprovalItem): ApprovalItem {
  if (item.status === 'under-review') return item;
  const [rule, reason] = STATUS_RULES[item.status];
  return refuse(rule, `${nameOf(item.code)}：${reason}`, 'itemCode');
}

function itemOf(state: ApprovalCase | null, code: string): { state: ApprovalCase; item: ApprovalItem } {
  if (!state) return refuse('approvalCase.notFound', '该项目没有审批案件', 'projectId', 404);
  const item = state.items.find((i) => i.code === code);
  if (!item)
    return refuse(
      'approval.item-unknown',
      `本案件没有审批事项“${code}”（有：${state.items.map((i) => nameOf(i.code)).join('、')}）`,
      'itemCode',
      404,
    );
  return { state, item };
}

/** A fact's date: in a year the calendar covers, not before the case opened, not before the item's last fact. */
function checkDate(state: ApprovalCase, item: ApprovalItem | undefined, command: ApprovalCaseCommand & { date: string }): void {
  const date = command.date;
  checkCovered(date);
  checkNotBefore(approvalCaseDates, state, command);
  if (item?.lastDate && date < item.lastDate) refuse('date.order', `${date} 早于该事项上一次办理日 ${item.lastDate}`, 'date', 422);
}

export function decideApprovalCase(command: ApprovalCaseCommand, state: ApprovalCase | null): ApprovalCaseEvent[] {
  switch (command.type) {
    case 'OpenApprovalCase': {
      // No working-day arithmetic here: a project that entered 前期 before the calendar's first covered year still gets its case.
      if (state) return refuse('approvalCase.exists', `项目 ${command.projectId} 的审批案件已于 ${state.openedOn} 立案`, 'projectId');
      const { type: _type, ...data } = command;
      const items = standardItems(command.categoryCode).map((i) => ({
        code: i.code,
        departmentCode: i.departmentCode,
        limitDays: i.limitDays,
        prerequisites: [...i.prerequisites],
      }));
      return [{ type: 'ApprovalCaseOpened', data: { ...data, referenceVersion: APPROVAL_REFERENCE_VERSION, items } }];
    }
    case 'SubmitItem': {
      const { state: s, item } = itemOf(state, command.itemCode);
      if (item.status !== 'not-submitted' && item.status !== 'rejected')
        refuse('approval.already-submitted', `${nameOf(item.code)}：已申报（${item.submittedOn}），不能重复申报`, 'itemCode');
      const missing = item.prerequisites.filter((p) => s.items.find((i) => i.code === p)?.status !== 'approved');
      if (missing.length > 0)
        refuse('approval.prerequisites', `${nameOf(item.code)}：前置事项未办结：${missing.map(nameOf).join('、')}`, 'itemCode');
      checkDate(s, item, command);
      return [{ type: 'ApprovalItemSubmitted', data: { itemCode: item.code, date: command.date, documents: command.documents } }];
    }
    case 'RequestSupplements': {
      const { state: s, item } = itemOf(state, command.itemCode);
      underReview(item);
      const added = item.notice ? command.documents.filter((d) => !item.notice?.includes(d)) : [];
      if (added.length > 0)
        refuse(
          'approval.one-time-notice',
          `一次性告知：本次申报已于首次告知中列明需补正的材料，不得再要求新的材料：${added.join('、')}`,
          'documents',
        );
      checkDate(s, item, command);
      const { type: _type, ...data } = command;
      return [{ type: 'ApprovalSupplementsRequested', data }];
    }
    case 'ResubmitItem': {
      const { state: s, item } = itemOf(state, command.itemCode);
      if (item.status !== 'awaiting-supplements')
        refuse('approval.no-open-request', `${nameOf(item.code)}：没有待补正的告知，无需补正提交`, 'itemCode');
      checkDate(s, item, command);
      const { type: _type, ...data } = command;
      return [{ type: 'ApprovalItemResubmitted', data }];
    }
    case 'ApproveItem': {
      const { state: s, item } = itemOf(state, command.itemCode);
      underReview(item);
      checkDate(s, item, command);
      const approved: ApprovalCaseEvent = {
        type: 'ApprovalItemApproved',
        data: {
          itemCode: item.code,
          date: command.date,
          workingDays: itemWorkingDays(item, command.date),
          ...(command.note ? { note: command.note } : {}),
        },
      };
      const after = evolveApprovalCase(s, approved) as ApprovalCase;
      if (!after.items.every((i) => i.status === 'approved')) return [approved];
      return [
        approved,
        { type: 'ApprovalCaseCompleted', data: { projectId: s.projectId, date: command.date, workingDays: caseWorkingDays(after.items) } },
      ];
    }
    case 'RejectItem': {
      const { state: s, item } = itemOf(state, command.itemCode);
      underReview(item);
      checkDate(s, item, command);
      return [{ type: 'ApprovalItemRejected', data: { itemCode: item.code, date: command.date, reasons: command.reasons } }];
    }
    case 'RecordVisit': {
      const { state: s, item } = itemOf(state, command.itemCode);
      checkDate(s, undefined, command);
      const { type: _type, ...data } = command;
      return [{ type: 'ApprovalVisitRecorded', data: { ...data, repeat: item.visits[command.step] > 0 } }];
    }
    case 'MarkOverdue': {
      if (!state) return refuse('approvalCase.notFound', '该项目没有审批案件', 'projectId', 404);
      return state.items.flatMap((item): ApprovalCaseEvent[] => {
        const dueOn = item.overdueReported ? null : itemDueOn(item);
        return dueOn !== null && command.today > dueOn
          ? [{ type: 'ApprovalItemOverdue', data: { itemCode: item.code, dueOn, detectedOn: command.today } }]
          : [];
      });
    }
  }
}

export const approvalCaseDecider: Decider<ApprovalCaseCommand, ApprovalCaseEvent, ApprovalCase | null> = {
  initialState: () => null,
  evolve: evolveApprovalCase,
  decide: decideApprovalCase,
};
