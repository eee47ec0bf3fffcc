import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { Caller } from '@ccpc/auth';
import { handleCommand, isDuplicateKey, loadAggregate, type MongoEventStore } from '@ccpc/event-store';
import { CLOCK, EVENT_STORE } from '@ccpc/event-store-nest';
import { type CommandOptions, idFromKey } from '@ccpc/service-kit';
import { type Clock, DomainError } from '@ccpc/eventsourcing';
import {
  cityDate,
  evolveProjectRecord,
  isRegistryEvent,
  type ProjectRecord,
  projectScope,
  projectStreams,
  type Stage,
} from '@ccpc/contracts';
import { type ProjectCommand, projectDecider, type ProjectState, type RegisterProject, withBusinessDate } from '@ccpc/registry-domain';

// Snapshot schema 2: the state is the shared ProjectRecord (older snapshots are ignored).
export const projectAggregate = { name: 'Project', decider: projectDecider, snapshots: { every: 50, schema: 'project-v2' } };
const streamOf = projectStreams.streamId;

export interface CommandOutcome {
  projectId: string;
  version: number;
  stage: Stage | null;
  events: Array<{ type: string; streamVersion: number; data: unknown }>;
  replayed: boolean;
}

interface CodeReservation {
  _id: string;
  projectId: string;
  reservedAt: Date;
}

/**
 * Runs the registry's commands: who may act on which project (the caller's scope against the
 * project's locality and department), the national code's uniqueness across projects, and the
 * decider; the actor goes into every event.
 */
@Injectable()
export class ProjectCommands {
  private readonly codes;

  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectConnection() connection: Connection,
  ) {
    this.codes = connection.collection<CodeReservation>('registry_national_codes');
  }

  /** Registers a project; with an Idempotency-Key the id is derived from it, so a retry lands on the same project. */
  async register(caller: Caller, input: Omit<RegisterProject, 'type' | 'projectId'>, options: CommandOptions): Promise<CommandOutcome> {
    const projectId = options.idempotencyKey ? idFromKey(caller.id, options.idempotencyKey) : randomUUID();
    const command: RegisterProject = { type: 'RegisterProject', projectId, ...input };
    const actor = caller.actOn({ localityCode: input.localityCode, departmentCode: input.departmentCode });
    return this.withNationalCode(projectId, input.nationalCode ?? null, () => this.run(projectId, command, () => actor, options));
  }

  async execute(caller: Caller, projectId: string, command: ProjectCommand, options: CommandOptions): Promise<CommandOutcome> {
    const authorize = (state: ProjectState) => {
      if (state === null) throw new DomainError('project.notFound', `no project ${projectId}`, { field: 'projectId', status: 404 });
      return caller.actOn(projectScope(state));
    };
    if (command.type !== 'AssignNationalCode') return this.run(projectId, command, authorize, options);
    // Authorised before the code is reserved: a caller without the right learns nothing about other projects' codes.
    authorize((await loadAggregate(this.store, projectAggregate, streamOf(projectId))).state);
    return this.withNationalCode(projectId, command.nationalCode, () => this.run(projectId, command, authorize, options));
  }

  /** A command of the service itself (a reaction to another context's event): the system is the actor. */
  asSystem(
    projectId: string,
    command: ProjectCommand,
    actor: ReturnType<Caller['actOn']>,
    options: CommandOptions,
  ): Promise<CommandOutcome> {
    return this.run(
      projectId,
      command,
      (state) => {
        if (state === null) throw new DomainError('project.notFound', `no project ${projectId}`, { field: 'projectId', status: 404 });
        return actor;
      },
      options,
    );
  }

  /**
   * A project as its stream says it is now, for the moment between a registration and the
   * read model's catching up (a client that follows `Location` right after a 201).
   */
  async fromStream(projectId: string): Promise<(ProjectRecord & { version: number; updatedAt: string }) | undefined> {
    const events = await this.store.readStream(streamOf(projectId));
    const last = events.at(-1);
    const record = events.reduce<ProjectRecord | null>(
      (state, event) => (isRegistryEvent(event) ? evolveProjectRecord(state, event) : state),
      null,
    );
    return record && last ? { ...record, version: last.streamVersion, updatedAt: last.recordedAt } : undefined;
  }

  private async run(
    projectId: string,
    command: ProjectCommand,
    authorize: (state: ProjectState) => ReturnType<Caller['actOn']>,
    options: CommandOptions,
  ): Promise<CommandOutcome> {
    const correlationId = options.correlationId ?? randomUUID();
    const now = this.clock.now();
    const dated = withBusinessDate(command, cityDate(now));
    const result = await handleCommand(this.store, projectAggregate, streamOf(projectId), dated, {
      metadata: { actor: { id: 'unknown', role: 'unknown', scope: null }, correlationId, causationId: options.causationId ?? null, now },
      authorize,
      expectedVersion: options.expectedVersion,
      idempotencyKey: options.idempotencyKey,
      request: command,
    });
    return {
      projectId,
      version: result.version,
      stage: result.state?.stage ?? null,
      events: result.events.map((e) => ({ type: e.type, streamVersion: e.streamVersion, data: e.data })),
      replayed: result.replayed,
    };
  }

  /**
   * A national code belongs to one project: reserved (unique _id) before the command, released
   * if the command does not land. A reservation whose project never took the code (its writer
   * died) is taken over after a minute.
   */
  private async withNationalCode<T>(projectId: string, code: string | null, command: () => Promise<T>): Promise<T> {
    if (!code) return command();
    const now = this.clock.now();
    let reserved = false;
    try {
      await this.codes.insertOne({ _id: code, projectId, reservedAt: now });
      reserved = true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const holder = await this.codes.findOne({ _id: code });
      if (holder && holder.projectId !== projectId) {
        const owner = await loadAggregate(this.store, projectAggregate, streamOf(holder.projectId));
        const stale = owner.state?.nationalCode !== code && holder.reservedAt.getTime() < now.getTime() - 60_000;
        if (!stale)
          throw new DomainError('nationalCode.duplicate', `national code ${code} already belongs to another project`, {
            field: 'nationalCode',
            status: 409,
          });
        await this.codes.replaceOne({ _id: code, projectId: holder.projectId }, { projectId, reservedAt: now });
        reserved = true;
      }
    }
    try {
      return await command();
    } catch (error) {
      if (reserved) await this.codes.deleteOne({ _id: code, projectId }).catch(() => undefined);
      throw error;
    }
  }
}
