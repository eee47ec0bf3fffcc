import { bootstrapService } from '@ccpc/service-kit';
import { projectionService } from './service';

void bootstrapService(projectionService);
