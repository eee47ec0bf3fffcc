/**
 * The shared API client: one typed client per service (paths and bodies generated from the
 * services' OpenAPI documents), the caller's token on every request, and every failure turned
 * into an ApiError that a screen can show.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths as ApprovalPaths } from './generated/approval';
import type { paths as AssessmentPaths } from './generated/assessment';
import type { paths as IssuePaths } from './generated/issue-resolution';
import type { paths as PromotionPaths } from './generated/investment-promotion';
import type { paths as ProjectionPaths } from './generated/projection';
import type { paths as RegistryPaths } from './generated/registry';
import { config, type ServiceKey } from './config';
import { ApiError, type ErrorBody } from './errors';

let token: string | undefined;

export const setToken = (value: string | undefined) => {
  token = value;
};
export const currentToken = () => token;

const withToken: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

const clients = new Map<ServiceKey, unknown>();

function clientOf<P extends {}>(service: ServiceKey): Client<P> {
  let client = clients.get(service) as Client<P> | undefined;
  if (!client) {
    const baseUrl = config().services[service];
    if (!baseUrl) throw new Error(`config.json names no URL for ${service}`);
    client = createClient<P>({ baseUrl });
    client.use(withToken);
    clients.set(service, client);
  }
  return client;
}

export const registry = () => clientOf<RegistryPaths>('registry');
export const projection = () => clientOf<ProjectionPaths>('projection');
export const approval = () => clientOf<ApprovalPaths>('approval');
export const assessment = () => clientOf<AssessmentPaths>('assessment');
export const issueResolution = () => clientOf<IssuePaths>('issue-resolution');
export const promotion = () => clientOf<PromotionPaths>('investment-promotion');

/** The data of a call, or an ApiError (status 0 when the service could not be reached). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, undefined);
  }
  if (!result.response.ok) throw new ApiError(result.response.status, result.error as ErrorBody | undefined);
  return result.data as T;
}

/** A fresh Idempotency-Key per user action: a retried submission of the same form keeps it. */
export const idempotencyKey = () => crypto.randomUUID();

/**
 * Server-sent events with the caller's token (EventSource cannot send headers): calls `onEvent`
 * with each event's name until `signal` aborts; reconnects after a dropped stream.
 */
export async function subscribe(service: ServiceKey, path: string, onEvent: (name: string) => void, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch(`${config().services[service]}${path}`, {
        headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        signal,
      });
      if (!response.ok || !response.body) throw new Error(`${path}: ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
          onEvent(name.trim());
        }
      }
    } catch {
      if (signal.aborted) return;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}
