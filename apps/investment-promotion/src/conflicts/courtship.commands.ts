import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type Actor, type CourtshipEvent, courtshipStreams } from '@ccpc/contracts';
import type { AggregateDefinition, AnyCommandRequest, MongoEventStore } from '@ccpc/event-store';
import { type CommandSet, defineCommand, EVENT_STORE, ServiceCommands } from '@ccpc/event-store-nest';
import { type CommandOptions, DomainError, foldStream } from '@ccpc/eventsourcing';
import { type Courtship, type CourtshipCommand, courtshipDecider, courtshipKey } from '@ccpc/investment-promotion-domain';
import { DateField, TextField } from '@ccpc/service-kit';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { courtshipView } from './courtship.view';

export const courtshipAggregate: AggregateDefinition<CourtshipCommand, CourtshipEvent, Courtship | null> = {
  name: 'Courtship',
  decider: courtshipDecider,
  dates: { of: (command) => [{ field: 'date', date: command.date }] },
};

/** A courtship's id: 32 hexadecimal characters (a hash of the enterprise, the category and the node). */
export const COURTSHIP_ID = { pattern: /^[0-9a-f]{32}$/, what: '冲突编号（32位十六进制）' };

/** The courtship stream of an enterprise for a chain node: its key, hashed. */
export const courtshipIdOf = (enterpriseName: string, categoryCode: string, chainNode: string): string =>
  createHash('sha256')
    .update(courtshipKey(enterpriseName, categoryCode, chainNode))
    .digest('hex')
    .slice(0, 32);

export const courtshipRequest = (
  id: string,
  command: CourtshipCommand,
  authorize: (state: Courtship | null) => Actor,
  options: CommandOptions,
) =>
  ({ aggregate: courtshipAggregate, id, streamId: courtshipStreams.streamId(id), command, authorize, options }) satisfies AnyCommandRequest;

export class ResolveConflictDto {
  @ApiProperty({ description: '继续跟进的线索编号（其余线索随之终止）', format: 'uuid' })
  @IsUUID()
  keptLeadId!: string;

  @TextField('协调理由（记入各线索的终止理由）', '汽开区已有整车配套基础，由汽开区继续跟进', { min: 2 })
  reason!: string;

  @DateField('协调日期', '2018-05-20')
  date!: string;
}

export const COURTSHIP_COMMANDS = {
  resolve: defineCommand<ResolveConflictDto>({
    path: 'resolution',
    summary: '协调招商冲突：市大项目办决定由哪条线索继续跟进（仅市大项目办）',
    allow: ['project-office', 'admin'],
    body: ResolveConflictDto,
    id: COURTSHIP_ID,
    request: (_deps, caller, target, body, options) => {
      const id = target.id as string;
      return courtshipRequest(
        id,
        { type: 'ResolveConflict', keptLeadId: body.keptLeadId, reason: body.reason, date: body.date },
        (state) => {
          if (!state) throw new DomainError('conflict.notFound', `没有编号为 ${id} 的招商冲突`, { field: 'id', status: 404 });
          return caller.actOn({});
        },
        options,
      );
    },
  }),
};

@Injectable()
export class CourtshipCommands implements CommandSet {
  readonly commands = COURTSHIP_COMMANDS;
  readonly deps = undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    private readonly service: ServiceCommands,
  ) {}

  run(name: keyof typeof COURTSHIP_COMMANDS, caller: Caller, id: string, body: object, options: CommandOptions) {
    return this.service.run(this, name, caller, { id, params: {} }, body, options);
  }

  async fromStream(id: string) {
    return foldStream(courtshipView, await this.store.readStream(courtshipStreams.streamId(id)));
  }
}
