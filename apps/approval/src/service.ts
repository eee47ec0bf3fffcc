import type { ServiceDefinition } from '@ccpc/service-kit';
import { ApprovalCaseModule } from './approval-cases/approval-case.module';
import { ApprovalConfig } from './approval.config';

/** The approval service (审批): approval cases per project, counted in China's working days. */
export const approvalService: ServiceDefinition<ApprovalConfig> = {
  service: 'approval',
  config: ApprovalConfig,
  imports: () => [ApprovalCaseModule],
};
