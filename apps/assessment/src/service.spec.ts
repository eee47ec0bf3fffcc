import { deploymentConfigSuite } from '@ccpc/testing';
import { SERVICES } from '@ccpc/contracts';
import { serviceConfig } from '@ccpc/service-kit';
import { assessmentService } from './service';

describe('assessment service definition', () => {
  describe('when PORT is not set', () => {
    it('listens on its own default port', () => {
      const config = serviceConfig(assessmentService, {
        MONGODB_URI: 'mongodb://db:27017',
        KAFKA_BROKERS: 'kafka:9092',
        AUTH_JWKS_URL: 'https://idp.example/certs',
      });
      expect(config.PORT).toBe(SERVICES['assessment'].defaultPort);
    });
  });
});

deploymentConfigSuite(assessmentService);
