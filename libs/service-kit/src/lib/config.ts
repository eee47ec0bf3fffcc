import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { readFileSync } from 'node:fs';
import { IsIn, IsInt, IsOptional, IsUrl, Matches, Max, Min, validateSync, type ValidationError } from 'class-validator';

/** Raised before anything starts; printed as one line naming the variable and the rule. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/**
 * What every service reads from its environment. A service with more settings extends this
 * class; `loadConfig` validates all of them before the service starts.
 */
export class ServiceConfig {
  @Type(() => Number)
  @IsInt({ message: 'PORT must be an integer port number' })
  @Min(1, { message: 'PORT must be between 1 and 65535' })
  @Max(65535, { message: 'PORT must be between 1 and 65535' })
  PORT!: number;

  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'MONGODB_URI must be a mongodb:// or mongodb+srv:// URI' })
  MONGODB_URI!: string;

  /** The service's own database; defaults to ccpc_<service>. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,63}$/, { message: 'MONGODB_DB must be 1-63 letters, digits, _ or -' })
  MONGODB_DB?: string;

  @Matches(/^[^,\s:]+:\d{1,5}(,[^,\s:]+:\d{1,5})*$/, {
    message: 'KAFKA_BROKERS must be a comma-separated list of host:port',
  })
  KAFKA_BROKERS!: string;

  /** Namespaces topics (a deployment, or one test suite). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{0,100}$/, { message: 'TOPIC_PREFIX may hold only letters, digits, ".", "_" and "-"' })
  TOPIC_PREFIX = '';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  /** How long SIGTERM may take to drain before the process exits anyway. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be an integer number of milliseconds' })
  @Min(0, { message: 'SHUTDOWN_TIMEOUT_MS must be 0 or more' })
  SHUTDOWN_TIMEOUT_MS = 10_000;

  // --- identity: bearer JWTs (RS256) from the identity provider -----------------------------

  /** The identity provider's JWKS (Keycloak: https://<host>/realms/<realm>/protocol/openid-connect/certs). */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'AUTH_JWKS_URL must be an http(s) URL' })
  AUTH_JWKS_URL?: string;

  /** Or one RS256 public key, PEM, inline… */
  @IsOptional()
  @Matches(/-----BEGIN PUBLIC KEY-----/, { message: 'AUTH_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)' })
  AUTH_PUBLIC_KEY?: string;

  /** …or in a file (`npm start` points this at the generated dev key). */
  @IsOptional()
  AUTH_PUBLIC_KEY_FILE?: string;

  @IsOptional()
  @Matches(/^\S{1,200}$/, { message: 'AUTH_ISSUER must be the issuer (iss) the identity provider writes, without spaces' })
  AUTH_ISSUER = 'ccpc-dev';

  @IsOptional()
  @Matches(/^\S{1,200}$/, { message: 'AUTH_AUDIENCE must be the audience (aud) of this platform, without spaces' })
  AUTH_AUDIENCE = 'ccpc';

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'AUTH_CLOCK_SKEW_SECONDS must be an integer number of seconds' })
  @Min(0, { message: 'AUTH_CLOCK_SKEW_SECONDS must be between 0 and 300' })
  @Max(300, { message: 'AUTH_CLOCK_SKEW_SECONDS must be between 0 and 300' })
  AUTH_CLOCK_SKEW_SECONDS = 30;

  // --- HTTP edge ---------------------------------------------------------------------------

  /** The dashboard's origin: the only one allowed by CORS (comma-separated for several). */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*$/, { message: 'CORS_ORIGIN must be one or more http(s) origins, comma-separated' })
  CORS_ORIGIN = 'http://localhost:4200';

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'RATE_LIMIT_PER_MINUTE must be an integer' })
  @Min(1, { message: 'RATE_LIMIT_PER_MINUTE must be at least 1' })
  RATE_LIMIT_PER_MINUTE = 600;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'BODY_LIMIT_KB must be an integer number of kilobytes' })
  @Min(1, { message: 'BODY_LIMIT_KB must be between 1 and 10240' })
  @Max(10240, { message: 'BODY_LIMIT_KB must be between 1 and 10240' })
  BODY_LIMIT_KB = 100;

  /** The bound of a batch of commands (POST /batch). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'BATCH_BODY_LIMIT_KB must be an integer number of kilobytes' })
  @Min(1, { message: 'BATCH_BODY_LIMIT_KB must be between 1 and 65536' })
  @Max(65536, { message: 'BATCH_BODY_LIMIT_KB must be between 1 and 65536' })
  BATCH_BODY_LIMIT_KB = 4096;

  /** A consumer not running for longer than this makes /health answer 503 (not ready). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'CONSUMER_STALL_SECONDS must be an integer number of seconds' })
  @Min(1, { message: 'CONSUMER_STALL_SECONDS must be between 1 and 3600' })
  @Max(3600, { message: 'CONSUMER_STALL_SECONDS must be between 1 and 3600' })
  CONSUMER_STALL_SECONDS = 60;

  /** Rules that span several variables; each problem is one line. */
  crossCheck(): string[] {
    const sources = [this.AUTH_JWKS_URL, this.AUTH_PUBLIC_KEY, this.AUTH_PUBLIC_KEY_FILE].filter(Boolean).length;
    if (sources === 0) return ['AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_PUBLIC_KEY_FILE is missing (one of them verifies bearer tokens)'];
    if (sources > 1) return ['give only one of AUTH_JWKS_URL, AUTH_PUBLIC_KEY, AUTH_PUBLIC_KEY_FILE'];
    if (this.AUTH_PUBLIC_KEY_FILE) {
      try {
        const pem = readFileSync(this.AUTH_PUBLIC_KEY_FILE, 'utf8');
        if (!pem.includes('-----BEGIN PUBLIC KEY-----'))
          return [`AUTH_PUBLIC_KEY_FILE ${this.AUTH_PUBLIC_KEY_FILE} holds no PEM public key`];
        this.AUTH_PUBLIC_KEY = pem;
        this.AUTH_PUBLIC_KEY_FILE = undefined;
      } catch {
        return [`AUTH_PUBLIC_KEY_FILE ${this.AUTH_PUBLIC_KEY_FILE} cannot be read`];
      }
    }
    return [];
  }
}

type Constructor<T> = new () => T;

/** Validates the environment into a typed config; throws ConfigError listing every problem. */
export function loadConfig<T extends ServiceConfig>(
  schema: Constructor<T>,
  env: Record<string, string | undefined>,
  defaults: Partial<Record<keyof T, string>> = {},
): T {
  const raw: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') raw[key] = value;
  const config = plainToInstance(schema, raw, { enableImplicitConversion: false, exposeDefaultValues: true });
  const errors = validateSync(config as object, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) throw new ConfigError(errors.map((error) => describe(error, raw)));
  const problems = config.crossCheck();
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function describe(error: ValidationError, raw: Record<string, unknown>): string {
  // Name the most basic broken rule: "not an integer" before "out of range".
  const constraints = error.constraints ?? {};
  const first = ['isInt', 'matches', 'isIn'].find((name) => constraints[name]) ?? Object.keys(constraints)[0];
  const rule = (first && constraints[first]) ?? `${error.property} is invalid`;
  return raw[error.property] === undefined ? `${error.property} is missing (${rule})` : rule;
}
