import { bootstrapService } from '@ccpc/service-kit';
import { issueResolutionService } from './service';

void bootstrapService(issueResolutionService);
