import { bootstrapService } from '@ccpc/service-kit';
import { registryService } from './service';

void bootstrapService(registryService);
