import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { destination, stdTimeFunctions } from 'pino';

/**
 * One JSON object per line on stdout: what log collectors on Kubernetes expect. Writes are
 * synchronous so that the last lines before a signal-triggered exit are not lost.
 */
export function loggingParams(service: string, level: string): Params {
  return {
    pinoHttp: [
      {
        level,
        base: { service },
        timestamp: stdTimeFunctions.isoTime,
        formatters: { level: (label: string) => ({ level: label }) },
        redact: ['req.headers.authorization', 'req.headers.cookie'],
        autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
      },
      destination({ dest: 1, sync: true }),
    ],
  };
}
