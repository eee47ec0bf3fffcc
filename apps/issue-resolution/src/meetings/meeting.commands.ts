import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type Actor, departmentByCode, localityByCode, type MeetingEvent, meetingStreams } from '@ccpc/contracts';
import type { AggregateDefinition, AnyCommandRequest, MongoEventStore } from '@ccpc/event-store';
import { type CommandSet, defineCommand, EVENT_STORE, ServiceCommands } from '@ccpc/event-store-nest';
import { type CommandOptions, DomainError, foldStream } from '@ccpc/eventsourcing';
import { type DecisionOwner, type Meeting, type MeetingCommand, meetingDates, meetingDecider } from '@ccpc/issue-resolution-domain';
import { idFromKey } from '@ccpc/service-kit';
import { CompleteDecisionDto, HoldMeetingDto, RecordDecisionDto } from './meeting.dto';
import { meetingView } from './meeting.view';

export const meetingAggregate: AggregateDefinition<MeetingCommand, MeetingEvent, Meeting | null> = {
  name: 'Meeting',
  decider: meetingDecider,
  dates: meetingDates,
};

const OFFICE = ['project-office', 'admin'] as const;
export const DECISION_CODE = /^[1-9][0-9]{0,3}$/;

export const meetingRequest = (id: string, command: MeetingCommand, authorize: (state: Meeting | null) => Actor, options: CommandOptions) =>
  ({ aggregate: meetingAggregate, id, streamId: meetingStreams.streamId(id), command, authorize, options }) satisfies AnyCommandRequest;

const notFound = (id: string) => new DomainError('meeting.notFound', `没有编号为 ${id} 的会议`, { field: 'id', status: 404 });

/** A decision's owner, its code checked against its kind (a department code for a department). */
export function ownerOf(kind: 'department' | 'locality', code: string): DecisionOwner {
  const known = kind === 'department' ? departmentByCode.has(code) : localityByCode.has(code);
  if (!known)
    throw new DomainError('validation.invalid', `${code} 不是${kind === 'department' ? '市直部门' : '县（市）区、开发区'}代码`, {
      field: 'ownerCode',
      status: 422,
    });
  return { kind, code };
}

export const ownerScope = (owner: DecisionOwner) =>
  owner.kind === 'department' ? { departmentCode: owner.code } : { localityCode: owner.code };

/** The meeting commands (会议纪要), each once: routes and POST /batch run them alike. */
export const MEETING_COMMANDS = {
  'hold-meeting': defineCommand<HoldMeetingDto>({
    summary: '登记会议及其纪要（市大项目办）',
    allow: OFFICE,
    body: HoldMeetingDto,
    creates: true,
    request: (_deps, caller, _target, body, options) => {
      const id = options.idempotencyKey ? idFromKey(caller.id, options.idempotencyKey) : randomUUID();
      const actor = caller.actOn({});
      return meetingRequest(id, { type: 'HoldMeeting', meetingId: id, ...body }, () => actor, { ...options, expectedVersion: undefined });
    },
  }),
  'record-decision': defineCommand<RecordDecisionDto>({
    path: 'decisions',
    summary: '登记纪要中的一项决定：牵头单位、措施、完成时限（市大项目办）',
    allow: OFFICE,
    body: RecordDecisionDto,
    request: (_deps, caller, target, body, options) => {
      const id = target.id as string;
      const command: MeetingCommand = {
        type: 'RecordDecision',
        subject: body.subject,
        owner: ownerOf(body.ownerKind, body.ownerCode),
        measures: body.measures,
        deadline: body.deadline,
      };
      return meetingRequest(
        id,
        command,
        (state) => {
          if (!state) throw notFound(id);
          return caller.actOn({});
        },
        options,
      );
    },
  }),
  'complete-decision': defineCommand<CompleteDecisionDto>({
    path: 'decisions/:decisionId/completion',
    summary: '决定事项办结（牵头单位或市大项目办）',
    allow: ['department', 'locality', 'project-office', 'admin'],
    body: CompleteDecisionDto,
    params: { decisionId: DECISION_CODE },
    request: (_deps, caller, target, body, options) => {
      const id = target.id as string;
      const decisionId = target.params['decisionId'] as string;
      return meetingRequest(
        id,
        { type: 'CompleteDecision', decisionId, date: body.date, note: body.note },
        (state) => {
          if (!state) throw notFound(id);
          const decision = state.decisions.find((d) => d.decisionId === decisionId);
          // An unknown decision is the decider's 404; a known one is its owner's (or the project office's).
          return caller.actOn(decision ? ownerScope(decision.owner) : {});
        },
        options,
      );
    },
  }),
};

export type MeetingCommandName = keyof typeof MEETING_COMMANDS;

@Injectable()
export class MeetingCommands implements CommandSet {
  readonly commands = MEETING_COMMANDS;
  readonly deps = undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    private readonly service: ServiceCommands,
  ) {}

  run(
    name: MeetingCommandName,
    caller: Caller,
    id: string | undefined,
    params: Record<string, string>,
    body: object,
    options: CommandOptions,
  ) {
    return this.service.run(this, name, caller, { id, params }, body, options);
  }

  asSystem(commands: ReadonlyArray<{ id: string; command: MeetingCommand; options: CommandOptions }>, actor: Actor) {
    return this.service.runner.runMany(commands.map(({ id, command, options }) => meetingRequest(id, command, () => actor, options)));
  }

  async fromStream(id: string) {
    return foldStream(meetingView, await this.store.readStream(meetingStreams.streamId(id)));
  }
}
