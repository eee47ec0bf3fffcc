import type { z } from 'zod';
import { envelopeSchema, type EventEnvelope } from './envelope';
import type { EventDefinition } from './event-definition';

/** Why an event could not be read; the consumer runtime dead-letters it with this message. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * The event types a service writes or reads. Reading upcasts stored or received events to
 * the current schema version and validates them; writing validates before anything is stored.
 */
export class EventCatalog {
  private readonly byType = new Map<string, EventDefinition>();

  constructor(definitions: readonly EventDefinition[] = []) {
    for (const definition of definitions) this.add(definition);
  }

  add(definition: EventDefinition): this {
    const existing = this.byType.get(definition.type);
    if (existing && existing !== definition) throw new Error(`event type ${definition.type} is defined twice`);
    this.byType.set(definition.type, definition);
    return this;
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  definitions(): EventDefinition[] {
    return [...this.byType.values()].sort((a, b) => a.type.localeCompare(b.type));
  }

  definition(type: string): EventDefinition {
    const definition = this.byType.get(type);
    if (!definition) throw new ContractError(`unknown event type ${type}`);
    return definition;
  }

  /** Validates new event data against the current schema; returns it as the schema parsed it. */
  validateNew(type: string, data: unknown): { schemaVersion: number; data: unknown } {
    const definition = this.definition(type);
    const parsed = definition.schema.safeParse(data);
    if (!parsed.success) throw new ContractError(`${type} v${definition.schemaVersion}: ${describeIssues(parsed.error)}`);
    return { schemaVersion: definition.schemaVersion, data: parsed.data };
  }

  /** Upcasts an envelope of any known schema version to the current one and validates it. */
  read(raw: unknown): EventEnvelope {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) throw new ContractError(`not an event envelope: ${describeIssues(envelope.error)}`);
    const event = envelope.data as EventEnvelope;
    const definition = this.definition(event.type);
    if (event.schemaVersion > definition.schemaVersion) {
      throw new ContractError(
        `${event.type} v${event.schemaVersion} is newer than this service knows (v${definition.schemaVersion}): deploy the newer contracts`,
      );
    }
    let data = event.data;
    for (let v = event.schemaVersion; v < definition.schemaVersion; v++) {
      const upcast = definition.upcasters[v];
      if (!upcast) throw new ContractError(`${event.type}: no upcaster from v${v}`);
      data = upcast(data);
    }
    const parsed = definition.schema.safeParse(data);
    if (!parsed.success) {
      throw new ContractError(`${event.type} v${event.schemaVersion}→v${definition.schemaVersion}: ${describeIssues(parsed.error)}`);
    }
    return { ...event, schemaVersion: definition.schemaVersion, data: parsed.data };
  }
}
