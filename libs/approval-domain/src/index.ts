export * from './lib/approval-case.decider';
export * from './lib/approval-case.state';
/** The approval items are reference data (contracts): re-exported for the approval context's callers. */
export {
  APPROVAL_ITEMS,
  APPROVAL_REFERENCE_VERSION,
  APPROVAL_TARGET,
  approvalItemByCode,
  standardItems,
  type ApprovalItemDefinition,
} from '@ccpc/contracts';
/** China's working-day calendar, shared by every context that counts working days (approval limits, issue deadlines). */
export * from '@ccpc/calendar';
export * from './lib/approval-round';
export * from './lib/approval-dates';
