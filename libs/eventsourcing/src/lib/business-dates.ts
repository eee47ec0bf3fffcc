import type { BusinessDates } from './command';
import { DomainError } from './decider';

/**
 * The command as it is decided on `today` (the city's date): dates left out filled in, and refused
 * (422 date.future) when one lies after today — a fact cannot be dated before it happened, or the
 * board would count it early. Checked before the decider, so a date beyond the working-day
 * calendar is refused as a future date, not as an uncovered year.
 */
export function datedCommand<Command, State>(dates: BusinessDates<Command, State> | undefined, command: Command, today: string): Command {
  if (!dates) return command;
  const filled = dates.fill ? dates.fill(command, today) : command;
  for (const { field, date } of dates.of(filled)) {
    const month = date.length === 7;
    if (month ? date > today.slice(0, 7) : date > today)
      throw new DomainError(
        'date.future',
        month ? `${date} 尚未开始（今天是 ${today}），不能填报未来月份` : `${date} 晚于今天（${today}），不能登记未来的事实`,
        { field, status: 422 },
      );
  }
  return filled;
}

/** Refuses a command dated before the aggregate's first fact (its rule and field from the hook). */
export function checkNotBefore<Command, State>(dates: BusinessDates<Command, State> | undefined, state: State, command: Command): void {
  const limit = dates?.notBefore?.(state, command);
  if (!dates || !limit) return;
  for (const { field, date } of dates.of(command)) {
    if (date.length === 10 && date < limit.date)
      throw new DomainError(limit.rule, `${date} 早于${limit.what}（${limit.date}）`, { field, status: 422 });
  }
}
