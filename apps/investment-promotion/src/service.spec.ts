import { deploymentConfigSuite } from '@ccpc/testing';
import { SERVICES } from '@ccpc/contracts';
import { serviceConfig } from '@ccpc/service-kit';
import { investmentPromotionService } from './service';

describe('investment-promotion service definition', () => {
  describe('when PORT is not set', () => {
    it('listens on its own default port', () => {
      const config = serviceConfig(investmentPromotionService, {
        MONGODB_URI: 'mongodb://db:27017',
        KAFKA_BROKERS: 'kafka:9092',
        AUTH_JWKS_URL: 'https://idp.example/certs',
      });
      expect(config.PORT).toBe(SERVICES['investment-promotion'].defaultPort);
    });
  });
});

deploymentConfigSuite(investmentPromotionService);
