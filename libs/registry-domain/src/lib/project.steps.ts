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
} from '@ccpc/contracts';
import type { RegisterProject, ReportMonthlyInvestment, ResumeConstruction, StartConstruction } from './project.commands';
import { advance, checkAmount, checkNationalCode, mustBeActive, refuse, yearOf } from './project.rules';

type ProjectState = ProjectRecord | null;
type ProjectEvent = RegistryEvent;

/** The decisions with the most rules: registration, the first start, resumption, monthly investment. */
export function decideRegister(c: RegisterProject, state: ProjectState): ProjectEvent[] {
  if (state !== null) refuse('project.exists', `project ${c.projectId} is already registered`, 'projectId', 409);
  const locality =
    localityByCode.get(c.localityCode) ?? refuse('reference.locality', `unknown localityCode "${c.localityCode}"`, 'localityCode', 400);
  if (!departmentByCode.has(c.departmentCode))
    refuse('reference.department', `unknown departmentCode "${c.departmentCode}"`, 'departmentCode', 400);
  const category =
    categoryByCode.get(c.categoryCode) ?? refuse('reference.category', `unknown categoryCode "${c.categoryCode}"`, 'categoryCode', 400);
  const subKind = c.subKindCode ?? null;
  if (subKind !== null && !category.subKinds.some((s) => s.code === subKind)) {
    refuse(
      'reference.subKind',
      `subKindCode "${subKind}" is not a sub-kind of ${category.name} (${category.subKinds.map((s) => s.code).join(', ') || 'none'})`,
      'subKindCode',
      422,
    );
  }
  if (!sourceByCode.has(c.sourceCode)) refuse('reference.source', `unknown sourceCode "${c.sourceCode}"`, 'sourceCode', 400);
  checkAmount(c.totalInvestmentWan, 'totalInvestmentWan');
  if (c.totalInvestmentWan === 0) refuse('amount.positive', 'totalInvestmentWan must be more than 0', 'totalInvestmentWan', 400);
  if (c.nationalCode) checkNationalCode(c.nationalCode);
  if (c.reserveLevels.length === 0) refuse('reserve.level', 'reserveLevels needs city, locality or both', 'reserveLevels', 400);
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
  if (state.firstStartDate)
    refuse(
      'start.once',
      `project started on ${state.firstStartDate}; a continuing project resumes instead (ResumeConstruction)`,
      'date',
      409,
    );
  const year = yearOf(c.date);
  const plan = planFor(state, year);
  if (plan?.kind === 'continuing')
    refuse('start.plannedContinuing', `the ${year} plan lists the project as 续建; record its resumption instead`, 'date', 409);
  advance(state, 'under-construction', c.date);
  return [{ type: 'ProjectConstructionStarted', data: { date: c.date, year, plannedAsNewStart: plan?.kind === 'new-start' } }];
}

export function decideResume(c: ResumeConstruction, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  const year = yearOf(c.date);
  if (!state.firstStartDate || state.stage !== 'under-construction')
    refuse(
      'resume.notUnderConstruction',
      `only a project under construction resumes; this one is ${STAGE_LABELS[state.stage]}`,
      'date',
      409,
    );
  if (yearOf(state.firstStartDate as string) >= year)
    refuse(
      'resume.sameYear',
      `the project first started in ${yearOf(state.firstStartDate as string)}; resumption is for the following years`,
      'date',
      409,
    );
  if (resumptionIn(state, year) !== undefined) refuse('resume.once', `resumption of ${year} is already recorded`, 'date', 409);
  return [{ type: 'ProjectConstructionResumed', data: { date: c.date, year } }];
}

export function decideInvestment(c: ReportMonthlyInvestment, state: ProjectState): ProjectEvent[] {
  mustBeActive(state);
  checkAmount(c.cumulativeWan, 'cumulativeWan');
  if (state.lastReportedMonth && c.month < state.lastReportedMonth) {
    refuse(
      'investment.monthOrder',
      `${c.month} is before the last reported month ${state.lastReportedMonth}; use a correction`,
      'month',
      409,
    );
  }
  if (c.cumulativeWan < state.cumulativeWan) {
    refuse(
      'investment.decreasing',
      `cumulative investment cannot fall from ${state.cumulativeWan} to ${c.cumulativeWan}万元 without a reasoned correction`,
      'cumulativeWan',
      422,
    );
  }
  if (c.cumulativeWan > state.totalInvestmentWan * 2) {
    refuse(
      'investment.overTotal',
      `cumulative ${c.cumulativeWan}万元 is more than twice the total investment ${state.totalInvestmentWan}万元; revise the total first`,
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
