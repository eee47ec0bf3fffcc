import type { AggregateDefinition } from '@ccpc/event-store';
import type { IssueCycleEvent } from '@ccpc/contracts';
import { type MonthlyCycle, type MonthlyCycleCommand, monthlyCycleDecider } from '@ccpc/issue-resolution-domain';

/** The monthly cycle as the command runner knows it (one stream per month, `monthly-cycle-<yyyy-mm>`), like the issue and the meeting. */
export const monthlyCycleAggregate: AggregateDefinition<MonthlyCycleCommand, IssueCycleEvent, MonthlyCycle | null> = {
  name: 'MonthlyCycle',
  decider: monthlyCycleDecider,
};
