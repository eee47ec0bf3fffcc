import { bootstrapService } from '@ccpc/service-kit';
import { approvalService } from './service';

void bootstrapService(approvalService);
