import request from 'supertest';
import type { Actor, DomainEvent, EventEnvelope } from '@ccpc/contracts';
import type { TestService } from './service-app';

/** What the slice needs of an event store (MongoEventStore has it); structural, so the harness does not depend on the store library. */
export interface SliceStore {
  append(
    streamId: string,
    events: readonly DomainEvent[],
    options: { expectedVersion: number; metadata: { actor: Actor; correlationId: string; causationId: string | null; now: Date } },
  ): Promise<unknown>;
  readStream(streamId: string): Promise<EventEnvelope[]>;
}

type Send = (http: ReturnType<typeof request>) => request.Test | Promise<request.Response>;
export interface ExpectedEvent {
  type: string;
  data?: Record<string, unknown>;
  actor?: { id?: string; role?: string; scope?: string | null };
}

/**
 * given / when / then for an HTTP slice: events already in a stream, one request through the
 * real app (validation, guards, controller, decider, store), then the response and exactly the
 * events it appended — or, for a refusal, the status, the rule and no event at all.
 */
export function httpSlice(service: () => TestService, store: () => SliceStore) {
  return {
    given(streamId: string, history: readonly DomainEvent[] = []) {
      return {
        when(send: Send) {
          const run = async () => {
            if (history.length > 0) {
              await store().append(streamId, history, {
                expectedVersion: 0,
                metadata: {
                  actor: { id: 'given', role: 'system', scope: null },
                  correlationId: 'given',
                  causationId: null,
                  now: new Date('2018-01-01T00:00:00Z'),
                },
              });
            }
            const response = await send(request(service().app.getHttpServer()));
            const appended: EventEnvelope[] = (await store().readStream(streamId)).slice(history.length);
            return { response, appended };
          };
          return {
            async then(status: number, expected: readonly ExpectedEvent[]): Promise<{ body: unknown; events: EventEnvelope[] }> {
              const { response, appended } = await run();
              if (response.status !== status)
                throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
              expect(appended).toHaveLength(expected.length);
              expected.forEach((e, i) => expect(appended[i]).toMatchObject(e));
              return { body: response.body, events: appended };
            },
            async thenRefuses(status: number, rule: string, field?: string): Promise<unknown> {
              const { response, appended } = await run();
              expect({ status: response.status, rule: response.body?.rule, ...(field ? { field: response.body?.field } : {}) }).toEqual({
                status,
                rule,
                ...(field ? { field } : {}),
              });
              expect(appended).toEqual([]); // nothing half-written
              return response.body;
            },
          };
        },
      };
    },
  };
}
