import type { ServiceDefinition } from '@ccpc/service-kit';
import { ApprovalCaseModule } from './approval-cases/approval-case.module';

/** The approval service: its feature modules are added here as they are built. */
export const approvalService: ServiceDefinition = {
  service: 'approval',
  imports: () => [ApprovalCaseModule],
};
