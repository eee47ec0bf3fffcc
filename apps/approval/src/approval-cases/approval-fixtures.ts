import type { ApprovalCaseEvent } from '@ccpc/contracts';
import { standardItems } from '@ccpc/approval-domain';

/** A case as the reaction opens it: an auto project of 绿园区 entering preparing on 1 March 2018. */
export const caseOpened = (projectId: string, date = '2018-03-01', localityCode = 'lvyuan'): ApprovalCaseEvent => ({
  type: 'ApprovalCaseOpened',
  data: {
    projectId,
    projectName: '长春国际汽车城零部件产业园',
    localityCode,
    categoryCode: 'auto',
    totalInvestmentWan: 250_000,
    date,
    referenceVersion: '2018.1',
    items: standardItems('auto').map((i) => ({
      code: i.code,
      departmentCode: i.departmentCode,
      limitDays: i.limitDays,
      prerequisites: [...i.prerequisites],
    })),
  },
});
export const itemSubmitted = (itemCode: string, date: string): ApprovalCaseEvent => ({
  type: 'ApprovalItemSubmitted',
  data: { itemCode, date, documents: ['申请表'] },
});
export const itemApproved = (itemCode: string, date: string, workingDays: number): ApprovalCaseEvent => ({
  type: 'ApprovalItemApproved',
  data: { itemCode, date, workingDays },
});
export const supplementsRequested = (itemCode: string, date: string, documents: string[]): ApprovalCaseEvent => ({
  type: 'ApprovalSupplementsRequested',
  data: { itemCode, date, documents },
});
