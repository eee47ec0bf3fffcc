import { bootstrapService } from '@ccpc/service-kit';
import { investmentPromotionService } from './service';

void bootstrapService(investmentPromotionService);
