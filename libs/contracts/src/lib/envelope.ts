import { z } from 'zod';

/**
 * Who did it: every event records the authenticated caller (or the system and its reason) — the
 * account, the grant it acted under and, when the token carries one, the person's name as the
 * identity provider gave it at the time (kept with the fact: a later rename does not rewrite history).
 */
export const actorSchema = z.object({
  id: z.string().min(1),
  role: z.string().min(1),
  scope: z.string().nullable(),
  name: z.string().min(1).optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** The envelope of every event on every topic (docs/architecture.md → messages). */
export const envelopeSchema = z.object({
  eventId: z.string().min(1),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  streamId: z.string().min(1),
  streamVersion: z.number().int().positive(),
  occurredAt: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
  correlationId: z.string().min(1),
  causationId: z.string().nullable(),
  actor: actorSchema,
  data: z.unknown(),
});

export interface EventEnvelope<T extends string = string, D = unknown> {
  eventId: string;
  type: T;
  schemaVersion: number;
  streamId: string;
  streamVersion: number;
  occurredAt: string;
  recordedAt: string;
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  data: D;
}

/**
 * The envelope of one of a union's events, type and data typed together: a switch on `type`
 * narrows `data` (what projections and reactions receive, from the contracts they list).
 */
export type EnvelopeOf<E extends { readonly type: string; readonly data: unknown }> = E extends unknown
  ? EventEnvelope<E['type'], E['data']>
  : never;

/** What a decider emits: the envelope is added by the command handler. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}
