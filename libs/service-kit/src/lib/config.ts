import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min, validateSync, type ValidationError } from 'class-validator';

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
  return config;
}

function describe(error: ValidationError, raw: Record<string, unknown>): string {
  // Name the most basic broken rule: "not an integer" before "out of range".
  const constraints = error.constraints ?? {};
  const first = ['isInt', 'matches', 'isIn'].find((name) => constraints[name]) ?? Object.keys(constraints)[0];
  const rule = (first && constraints[first]) ?? `${error.property} is invalid`;
  return raw[error.property] === undefined ? `${error.property} is missing (${rule})` : rule;
}
