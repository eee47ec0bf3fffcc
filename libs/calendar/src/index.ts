export * from './lib/working-days';
export * from './lib/monthly-cycle-dates';
