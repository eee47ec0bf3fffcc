import { NATIONAL_CODE, type ProjectRecord, type RegistryEvent, type Stage, STAGE_LABELS, type RefusalRule } from '@ccpc/contracts';
import { DomainError } from '@ccpc/eventsourcing';

/** The rules every Project command shares: refusals, amounts, codes, existence and the forward path. */
export const refuse = (rule: RefusalRule, message: string, field?: string, status: 400 | 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

/** The forward path; suspended and cancelled are side states. */
export const PATH: readonly Stage[] = ['reserve', 'docking', 'landed', 'preparing', 'under-construction', 'completed'];
/** Amounts above this (1万亿) are typing errors, not projects. */
export const MAX_WAN = 100_000_000;

export const yearOf = (date: string) => Number(date.slice(0, 4));

export function checkAmount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) refuse('amount.nonNegativeInteger', `金额须为 0 或正整数（万元），收到 ${value}`, field, 400);
  if (value > MAX_WAN) refuse('amount.absurd', `${value} 万元超过 1 万亿元，请确认单位为万元`, field, 400);
}

export function checkNationalCode(code: string): void {
  if (!NATIONAL_CODE.test(code))
    refuse(
      'nationalCode.format',
      `国家投资项目代码应形如 2018-220104-36-03-012345（年份-行政区划-行业-类型-流水号），收到“${code}”`,
      'nationalCode',
      400,
    );
}

export function mustExist(state: ProjectRecord | null): asserts state is ProjectRecord {
  if (state === null) refuse('project.notFound', '没有这个项目', 'projectId', 404);
}

export function mustBeActive(state: ProjectRecord | null): asserts state is ProjectRecord {
  mustExist(state);
  if (state.stage === 'cancelled') refuse('project.cancelled', `项目 ${state.projectId} 已取消，不能再办理任何事项`, undefined, 409);
}

/**
 * A stage changes on a date no earlier than the last change: the leadership views replay a
 * project's stages in date order, so a change dated before the one it follows would rewrite
 * the past it follows on.
 */
export function checkStageDate(state: ProjectRecord, date: string): void {
  if (state.stageSince && date < state.stageSince)
    refuse('date.order', `${date} 早于项目上一次阶段变更日 ${state.stageSince}`, 'date', 422);
}

export function advance(state: ProjectRecord | null, to: Stage, date: string, extra: { investor?: string | null } = {}): RegistryEvent[] {
  mustBeActive(state);
  checkStageDate(state, date);
  const from = state.stage;
  if (from === 'suspended') refuse('stage.suspended', `项目处于${STAGE_LABELS.suspended}状态，请先恢复`, 'stage', 409);
  const expected = PATH[PATH.indexOf(to) - 1];
  if (from !== expected) {
    refuse(
      'stage.order',
      `${STAGE_LABELS[to]}须在${STAGE_LABELS[expected as Stage]}之后，项目现为${STAGE_LABELS[from]}。阶段逐级推进（阶段更正由市大项目办办理）`,
      'stage',
      409,
    );
  }
  return [{ type: 'ProjectStageAdvanced', data: { from, to, date, ...extra } }];
}
