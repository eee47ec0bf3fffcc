import { NATIONAL_CODE, type ProjectRecord, type RegistryEvent, type Stage, STAGE_LABELS } from '@ccpc/contracts';
import { DomainError } from '@ccpc/eventsourcing';

/** The rules every Project command shares: refusals, amounts, codes, existence and the forward path. */
export const refuse = (rule: string, message: string, field?: string, status: 400 | 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

/** The forward path; suspended and cancelled are side states. */
export const PATH: readonly Stage[] = ['reserve', 'docking', 'landed', 'preparing', 'under-construction', 'completed'];
/** Amounts above this (1万亿) are typing errors, not projects. */
export const MAX_WAN = 100_000_000;

export const yearOf = (date: string) => Number(date.slice(0, 4));

export function checkAmount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0)
    refuse('amount.nonNegativeInteger', `${field} must be a whole number of 万元, 0 or more`, field, 400);
  if (value > MAX_WAN) refuse('amount.absurd', `${field} ${value}万元 is over 1万亿元; amounts are in 万元`, field, 400);
}

export function checkNationalCode(code: string): void {
  if (!NATIONAL_CODE.test(code))
    refuse(
      'nationalCode.format',
      `nationalCode must look like YYYY-AAAAAA-II-TT-NNNNNN (国家投资项目代码), got "${code}"`,
      'nationalCode',
      400,
    );
}

export function mustExist(state: ProjectRecord | null): asserts state is ProjectRecord {
  if (state === null) refuse('project.notFound', 'no such project', 'projectId', 404);
}

export function mustBeActive(state: ProjectRecord | null): asserts state is ProjectRecord {
  mustExist(state);
  if (state.stage === 'cancelled')
    refuse('project.cancelled', `project ${state.projectId} is cancelled; no command applies to it`, undefined, 409);
}

/**
 * A stage changes on a date no earlier than the last change: the leadership views replay a
 * project's stages in date order, so a change dated before the one it follows would rewrite
 * the past it follows on.
 */
export function checkStageDate(state: ProjectRecord, date: string): void {
  if (state.stageSince && date < state.stageSince)
    refuse('date.order', `${date} is before the project's last stage change on ${state.stageSince}`, 'date', 422);
}

export function advance(state: ProjectRecord | null, to: Stage, date: string, extra: { investor?: string | null } = {}): RegistryEvent[] {
  mustBeActive(state);
  checkStageDate(state, date);
  const from = state.stage;
  if (from === 'suspended') refuse('stage.suspended', `project is ${STAGE_LABELS.suspended}; reactivate it first`, 'stage', 409);
  const expected = PATH[PATH.indexOf(to) - 1];
  if (from !== expected) {
    refuse(
      'stage.order',
      `${STAGE_LABELS[to]} follows ${STAGE_LABELS[expected as Stage]}; the project is ${STAGE_LABELS[from]}. Stages move forward one at a time (only the project office corrects a stage)`,
      'stage',
      409,
    );
  }
  return [{ type: 'ProjectStageAdvanced', data: { from, to, date, ...extra } }];
}
