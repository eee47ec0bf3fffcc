export * from './lib/approval-case.decider';
export * from './lib/approval-case.state';
export * from './lib/approval-items';
export * from './lib/working-days';
export * from './lib/approval-round';
export * from './lib/approval-dates';
