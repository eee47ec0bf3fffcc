export * from './lib/project.commands';
export * from './lib/project.decider';
export { MAX_WAN } from './lib/project.rules';
export { projectDates, withBusinessDate } from './lib/project.dates';
export { stageActions, type StageAction } from './lib/project.actions';
export { monthlyReportDue, MONTHLY_REPORT_DAY, owesMonthlyReport } from './lib/monthly-report';
