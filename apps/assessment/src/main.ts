import { bootstrapService } from '@ccpc/service-kit';
import { assessmentService } from './service';

void bootstrapService(assessmentService);
