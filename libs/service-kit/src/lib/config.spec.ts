import { ConfigError, loadConfig, ServiceConfig } from './config';

const valid = {
  PORT: '3001',
  MONGODB_URI: 'mongodb://127.0.0.1:27017/?directConnection=true',
  KAFKA_BROKERS: '127.0.0.1:9092,kafka-2:9092',
  AUTH_JWKS_URL: 'https://idp.changchun.gov.cn/realms/ccpc/protocol/openid-connect/certs',
};

describe('service configuration', () => {
  describe('when every variable is well formed', () => {
    it('returns typed values with defaults for the optional ones', () => {
      const config = loadConfig(ServiceConfig, valid);
      expect(config.PORT).toBe(3001);
      expect(config.LOG_LEVEL).toBe('info');
      expect(config.TOPIC_PREFIX).toBe('');
      expect(config.SHUTDOWN_TIMEOUT_MS).toBe(10_000);
    });
  });

  describe('when MONGODB_URI is missing', () => {
    it('names the variable and says it is missing', () => {
      const { MONGODB_URI: _omitted, ...env } = valid;
      expect(() => loadConfig(ServiceConfig, env)).toThrow(
        'MONGODB_URI is missing (MONGODB_URI must be a mongodb:// or mongodb+srv:// URI)',
      );
    });
  });

  describe('when no way to verify tokens is configured', () => {
    it('names the three variables, one of which is needed', () => {
      const { AUTH_JWKS_URL: _omitted, ...env } = valid;
      expect(() => loadConfig(ServiceConfig, env)).toThrow('AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_PUBLIC_KEY_FILE is missing');
    });
  });

  describe('when a variable is malformed', () => {
    it.each([
      [{ PORT: 'eighty' }, 'PORT must be an integer port number'],
      [{ PORT: '70000' }, 'PORT must be between 1 and 65535'],
      [{ KAFKA_BROKERS: 'localhost' }, 'KAFKA_BROKERS must be a comma-separated list of host:port'],
      [{ MONGODB_URI: 'postgres://x' }, 'MONGODB_URI must be a mongodb:// or mongodb+srv:// URI'],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
      [{ AUTH_JWKS_URL: 'not a url' }, 'AUTH_JWKS_URL must be an http(s) URL'],
      [{ CORS_ORIGIN: '*' }, 'CORS_ORIGIN must be one or more http(s) origins'],
      [{ AUTH_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nx' }, 'give only one of AUTH_JWKS_URL, AUTH_PUBLIC_KEY, AUTH_PUBLIC_KEY_FILE'],
      [
        { AUTH_JWKS_URL: undefined, AUTH_PUBLIC_KEY_FILE: '/nonexistent/key.pem' },
        'AUTH_PUBLIC_KEY_FILE /nonexistent/key.pem cannot be read',
      ],
    ])('refuses %j with the rule', (override, message) => {
      expect(() => loadConfig(ServiceConfig, { ...valid, ...override })).toThrow(message);
    });
  });

  describe('when several variables are wrong', () => {
    it('reports all of them at once', () => {
      try {
        loadConfig(ServiceConfig, { PORT: '1' });
        throw new Error('expected a ConfigError');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems.map((p) => p.split(' ')[0])).toEqual(['MONGODB_URI', 'KAFKA_BROKERS']);
      }
    });
  });

  describe('when a default is given for the port', () => {
    it('uses it unless the environment overrides it', () => {
      const { PORT: _p, ...env } = valid;
      expect(loadConfig(ServiceConfig, env, { PORT: '3005' }).PORT).toBe(3005);
      expect(loadConfig(ServiceConfig, { ...env, PORT: '4000' }, { PORT: '3005' }).PORT).toBe(4000);
    });
  });
});
