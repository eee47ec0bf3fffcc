export * from './lib/issue.state';
export * from './lib/issue.decider';
export * from './lib/meeting';
export * from './lib/monthly-cycle';
export * from './lib/issue-dates';
