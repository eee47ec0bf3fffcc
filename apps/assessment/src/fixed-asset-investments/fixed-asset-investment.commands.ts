import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { cityDate, fixedAssetInvestmentStreams, isAssessmentEvent } from '@ccpc/contracts';
import { handleCommand, type MongoEventStore } from '@ccpc/event-store';
import { CLOCK, EVENT_STORE } from '@ccpc/event-store-nest';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import {
  evolveFixedAssetInvestment,
  type FixedAssetInvestment,
  type FixedAssetInvestmentCommand,
  fixedAssetInvestmentDecider,
} from '@ccpc/assessment-domain';
import type { CommandOptions } from '@ccpc/service-kit';

const aggregate = { name: 'FixedAssetInvestment', decider: fixedAssetInvestmentDecider };

export interface FixedAssetInvestmentOutcome {
  month: string;
  version: number;
  events: Array<{ type: string; streamVersion: number; data: unknown }>;
  replayed: boolean;
}

/**
 * Runs the statistics bureau's commands on a month's figures: one stream per month, so a
 * month is reported once and revised after; the role check is the controller's (统计局 only).
 */
@Injectable()
export class FixedAssetInvestmentCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(caller: Caller, month: string, command: FixedAssetInvestmentCommand, options: CommandOptions) {
    return this.run(caller, month, command, options);
  }

  /** The month as its stream says, for the moment before the read model has it. */
  async fromStream(month: string) {
    const events = await this.store.readStream(fixedAssetInvestmentStreams.streamId(month));
    const last = events.at(-1);
    const state = events.reduce<FixedAssetInvestment | null>(
      (current, event) => (isAssessmentEvent(event) ? evolveFixedAssetInvestment(current, event) : current),
      null,
    );
    return state && last ? { ...state, version: last.streamVersion, updatedAt: last.recordedAt } : undefined;
  }

  private async run(
    caller: Caller,
    month: string,
    command: FixedAssetInvestmentCommand,
    options: CommandOptions,
  ): Promise<FixedAssetInvestmentOutcome> {
    const now = this.clock.now();
    const today = cityDate(now);
    if (command.publishedOn > today)
      throw new DomainError('date.future', `publishedOn ${command.publishedOn} is after today (${today})`, {
        field: 'publishedOn',
        status: 422,
      });
    const result = await handleCommand(this.store, aggregate, fixedAssetInvestmentStreams.streamId(month), command, {
      metadata: {
        actor: { id: 'unknown', role: 'unknown', scope: null },
        correlationId: options.correlationId ?? randomUUID(),
        causationId: null,
        now,
      },
      authorize: () => caller.actOn({}), // city-wide figures: the route's roles (统计局, admin) decide
      expectedVersion: options.expectedVersion,
      idempotencyKey: options.idempotencyKey,
    });
    const events = result.events.map((e) => ({ type: e.type, streamVersion: e.streamVersion, data: e.data }));
    return { month, version: result.version, events, replayed: result.replayed };
  }
}
