import {
  categoryByCode,
  departmentByCode,
  localityByCode,
  planFor,
  type ProjectRecord,
  REFERENCE_VERSION,
  type RegistryEvent,
  resumptionIn,
  sourceByCode,
  STAGE_LABELS,
  evolveProjectRecord,
} from '@ccpc/contracts';
import type {
  RegisterLandedLead,
  RegisterProject,
  ReportMonthlyInvestment,
  ResumeConstruction,
  StartConstruction,
} from './project.commands';
import { advance, checkAmount, checkNationalCode, mustBeActive, refuse, yearOf } from './project.rules';

type ProjectState = ProjectRecord | null;
type ProjectEvent = RegistryEvent;

/**
 * A landed lead entering the reserve (the investment-promotion service's LeadLanded): registered
 * with source 招商引进 in the locality's reserve on the landing day, docking done, and landed with
 * its investor — unless the site lies in a development zone, where 五通一平 must be recorded first
 * (§23) and the project waits in docking. The same lead told twice registers nothing new.
 */
export function decideLandedLead(c: RegisterLandedLead, state: ProjectState): ProjectEvent[] {
  if (state !== null) return state.leadId === c.leadId ? [] : refuse('project.exists', `项目 ${c.projectId} 已入库`, 'projectId', 409);
  const [registered, ...rest] = decideRegister(
    {
      type: 'RegisterProject',
      projectId: c.projectId,
      name: c.name,
      localityCode: c.localityCode,
      departmentCode: c.departmentCode,
      categoryCode: c.categoryCode,
      sourceCode: 'promotion',
      investor: c.investor,
      totalInvestmentWan: c.totalInvestmentWan,
      reserveLevels: ['locality'],
      siteInDevelopmentZone: c.siteInDevelopmentZone,
      registeredOn: c.date,
    },
    null,
  );
  if (registered?.type !== 'ProjectRegistered' || rest.length > 0) return refuse('project.exists', '登记失败', 'projectId', 409);
  const events: ProjectEvent[] = [{ type: 'ProjectRegistered', data: { ...registered.data, leadId: c.leadId } }];
  const fold = () => events.reduce<ProjectState>(evolveProjectRecord, null);
  events.push(...advance(fold(), 'docking', c.date));
  if (!c.siteInDevelopmentZone) events.push(...advance(fold(), 'landed', c.date, { investor: c.investor }));
  return events;
}

/** The decisions with the most rules: registration, the first start, resumption, monthly investment. */
export function decideRegister(c: RegisterProject, state: ProjectState): ProjectEvent[] {
  if (state !== null) refuse('project.exists', `项目 ${c.projectId} 已入库`, 'projectId', 409);
  const locality =
    localityByCode.get(c.localityCode) ??
    refuse('reference.locality', `“${c.localityCode}”不是本市的县（市）区或开发区代码`, 'localityCode', 400);
  if (!departmentByCode.has(c.departmentCode))
    refuse('reference.department', `“${c.departmentCode}”不是基础数据中的市直部门代码`, 'departmentCode', 400);
  const category =
    categoryByCode.get(c.categoryCode) ??
    refuse('reference.category', `“${c.categoryCode}”不是基础数据中的产业类别代码`, 'categoryCode', 400);
  const subKind = c.subKindCode ?? null;
  if (subKind !== null && !category.subKinds.some((s) => s.code === subKind)) {
    refuse(
      'reference.subKind',
      `“${subKind}”不是${category.name}下的细分类型（可选：${category.subKinds.map((s) => `${s.code} ${s.name}`).join('、') || '无'}）`,
      'subKindCode',
      422,
    );
  }
  if (!sourceByCode.has(c.sourceCode)) refuse('reference.source', `“${c.sourceCode}”不是基础数据中的项目生成来源代码`, 'sourceCode', 400);
  checkAmount(c.totalInvestmentWan, 'totalInvestmentWan');
  if (c.totalInvestmentWan === 0) refuse('amount.positive', '总投资须大于 0 万元', 'totalInvestmentWan', 400);
  if (c.nationalCode) checkNationalCode(c.nationalCode);
  if (c.reserveLevels.length === 0) refuse('reserve.level', '储备级别至少选择市级或县（市）区级之一', 'reserveLevels', 400);
  return [
    {
      type: 'ProjectRegistered',
      data: {
        projectId: c.projectId,
        ...(c.registeredOn ? { registeredOn: c.registeredOn } : {}),
        name: c.name,
        localityCode: c.localityCode,
        departmentCode: c.departmentCode,
        categoryCode: c.categoryCode,
        subKindCode: subKind,
        industrial: category.industrial,
        sourceCode: c.sourceCode,
        investor: c.investor ?? null,
        totalInvestmentWan: c.totalInvestmentWan,
        nationalCode: c.nationalCode ?? null,
        leading: c.leading ?? false,
        landmark: c.landmark ?? false,
        threeEarly: c.threeEarly ?? false,
        reserveLevels: [...new Set(c.reserveLevels)],
        // A development-zone site needs 五通一平 before landing (§23); elsewhere as the officer says.
        siteInDevelopmentZone: c.siteInDevelopmentZone ?? locality.kind === 'development-zone',
        referenceVersion: REFERENCE_VERSION,
      },
    },
  ];
}

export function decideStart(c: StartConstruction, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  if (state.firstStartDate) refuse('start.once', `项目已于 ${state.firstStartDate} 开工；续建项目请登记复工`, 'date', 409);
  const year = yearOf(c.date);
  const plan = planFor(state, year);
  if (plan?.kind === 'continuing') refuse('start.plannedContinuing', `${year} 年度计划将该项目列为续建，请登记复工`, 'date', 409);
  advance(state, 'under-construction', c.date);
  return [{ type: 'ProjectConstructionStarted', data: { date: c.date, year, plannedAsNewStart: plan?.kind === 'new-start' } }];
}

export function decideResume(c: ResumeConstruction, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  const year = yearOf(c.date);
  if (!state.firstStartDate || state.stage !== 'under-construction')
    refuse('resume.notUnderConstruction', `只有在建项目才能登记复工，该项目现为${STAGE_LABELS[state.stage]}`, 'date', 409);
  if (yearOf(state.firstStartDate as string) >= year)
    refuse('resume.sameYear', `项目于 ${yearOf(state.firstStartDate as string)} 年首次开工，复工从次年起登记`, 'date', 409);
  if (resumptionIn(state, year) !== undefined) refuse('resume.once', `${year} 年复工已登记`, 'date', 409);
  return [{ type: 'ProjectConstructionResumed', data: { date: c.date, year } }];
}

export function decideInvestment(c: ReportMonthlyInvestment, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  checkAmount(c.cumulativeWan, 'cumulativeWan');
  if (state.lastReportedMonth && c.month < state.lastReportedMonth) {
    refuse('investment.monthOrder', `${c.month} 早于已填报的最后月份 ${state.lastReportedMonth}；如需修改，请提交更正`, 'month', 409);
  }
  if (c.cumulativeWan < state.cumulativeWan) {
    refuse(
      'investment.decreasing',
      `累计完成投资不能从 ${state.cumulativeWan} 万元减少到 ${c.cumulativeWan} 万元；如确需调减，请提交附理由的更正`,
      'cumulativeWan',
      422,
    );
  }
  if (c.cumulativeWan > state.totalInvestmentWan * 2) {
    refuse(
      'investment.overTotal',
      `累计完成投资 ${c.cumulativeWan} 万元超过总投资 ${state.totalInvestmentWan} 万元的两倍，请先修订总投资`,
      'cumulativeWan',
      422,
    );
  }
  return [
    {
      type: 'MonthlyInvestmentReported',
      data: {
        month: c.month,
        cumulativeWan: c.cumulativeWan,
        monthWan: c.cumulativeWan - state.cumulativeWan,
        progressNote: c.progressNote ?? null,
      },
    },
  ];
}
