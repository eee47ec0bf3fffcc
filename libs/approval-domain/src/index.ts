export * from './lib/approval-case.decider';
export * from './lib/approval-case.state';
export * from './lib/approval-items';
/** China's working-day calendar, shared by every context that counts working days (approval limits, issue deadlines). */
export * from '@ccpc/calendar';
export * from './lib/approval-round';
export * from './lib/approval-dates';
