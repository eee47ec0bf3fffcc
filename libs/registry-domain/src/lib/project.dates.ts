import { type BusinessDates, checkNotBefore, datedCommand, type DatedField } from '@ccpc/eventsourcing';
import type { ProjectRecord } from '@ccpc/contracts';
import type { ProjectCommand } from './project.commands';

/**
 * Every registry fact has a business date — the day it is about, which the leadership views
 * count it on (docs/domain.md → Business dates). Commands that carry one name it; for the three
 * that may omit it (registration, revision, plan membership) the date is the day the command
 * is recorded, filled in so that the event says it explicitly. A monthly report's month may not
 * lie ahead; a fact about a registered project cannot be dated before it entered the reserve.
 */
export const projectDates: BusinessDates<ProjectCommand, ProjectRecord | null> = {
  fill: (command, today) =>
    command.type === 'RegisterProject'
      ? { ...command, registeredOn: command.registeredOn ?? today }
      : command.type === 'ReviseDetails' || command.type === 'AddToAnnualPlan'
        ? { ...command, date: command.date ?? today }
        : command,
  of: (command) => {
    const fields: DatedField[] = [];
    for (const field of ['date', 'registeredOn', 'from'] as const) {
      const value = (command as Partial<Record<typeof field, unknown>>)[field];
      if (typeof value === 'string') fields.push({ field, date: value });
    }
    if ('month' in command) fields.push({ field: 'month', date: command.month });
    return fields;
  },
  notBefore: (state, command) =>
    command.type !== 'RegisterProject' && state?.registeredOn
      ? { date: state.registeredOn, rule: 'date.beforeRegistration', what: '项目入库日' }
      : undefined,
};

/** The command as it is decided on `today`: dates left out filled in, a date after today refused (date.future). */
export const withBusinessDate = (command: ProjectCommand, today: string): ProjectCommand => datedCommand(projectDates, command, today);

/** A fact about a registered project cannot be dated before the project entered the reserve. */
export const checkNotBeforeRegistration = (command: ProjectCommand, state: ProjectRecord | null): void =>
  checkNotBefore(projectDates, state, command);
