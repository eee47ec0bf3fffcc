import type { ProjectRecord } from '@ccpc/contracts';
import type { ProjectCommand } from './project.commands';
import { refuse } from './project.rules';

/**
 * Every registry fact has a business date — the day it is about, which the leadership views
 * count it on (docs/domain.md → Business dates). Commands that carry one name it; for the three
 * that may omit it (registration, revision, plan membership) the date is the day the command
 * is recorded, filled in here so that the event says it explicitly.
 */
type DateField = 'date' | 'registeredOn' | 'from';

/** The command's business-date fields and their values (a command has at most one of them). */
export function businessDateOf(command: ProjectCommand): { field: DateField; date: string } | undefined {
  if ('date' in command && typeof command.date === 'string') return { field: 'date', date: command.date };
  if ('registeredOn' in command && typeof command.registeredOn === 'string') return { field: 'registeredOn', date: command.registeredOn };
  if ('from' in command && typeof command.from === 'string') return { field: 'from', date: command.from };
  return undefined;
}

/**
 * The command as it is decided: the business date filled in where the officer may leave it out,
 * and refused when it lies after `today` (the city's date when the command arrives) — a fact
 * cannot be dated in the future, or the board would count it before it happened.
 */
export function withBusinessDate(command: ProjectCommand, today: string): ProjectCommand {
  const filled: ProjectCommand =
    command.type === 'RegisterProject'
      ? { ...command, registeredOn: command.registeredOn ?? today }
      : command.type === 'ReviseDetails' || command.type === 'AddToAnnualPlan'
        ? { ...command, date: command.date ?? today }
        : command;
  const dated = businessDateOf(filled);
  if (dated && dated.date > today) refuse('date.future', `${dated.field} ${dated.date} is after today (${today})`, dated.field, 422);
  if ('month' in filled && filled.month > today.slice(0, 7))
    refuse('date.future', `month ${filled.month} has not begun (today is ${today})`, 'month', 422);
  return filled;
}

/** A fact about a registered project cannot be dated before the project entered the reserve. */
export function checkNotBeforeRegistration(command: ProjectCommand, state: ProjectRecord | null): void {
  if (command.type === 'RegisterProject' || !state?.registeredOn) return;
  const dated = businessDateOf(command);
  if (dated && dated.date < state.registeredOn)
    refuse(
      'date.beforeRegistration',
      `${dated.field} ${dated.date} is before the project's registration on ${state.registeredOn}`,
      dated.field,
      422,
    );
}
