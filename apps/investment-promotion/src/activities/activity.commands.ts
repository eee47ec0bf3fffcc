import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type Actor, type ActivityEvent, activityStreams } from '@ccpc/contracts';
import type { AggregateDefinition, AnyCommandRequest, MongoEventStore } from '@ccpc/event-store';
import { type CommandSet, defineCommand, EVENT_STORE, ServiceCommands } from '@ccpc/event-store-nest';
import { type CommandOptions, DomainError, foldStream } from '@ccpc/eventsourcing';
import { type Activity, type ActivityCommand, activityDates, activityDecider } from '@ccpc/investment-promotion-domain';
import { idFromKey } from '@ccpc/service-kit';
import * as Dto from './activity.dto';
import { activityView } from './activity.view';

export const activityAggregate: AggregateDefinition<ActivityCommand, ActivityEvent, Activity | null> = {
  name: 'Activity',
  decider: activityDecider,
  dates: activityDates,
};

/** Who manages an activity: the locality or the department organising it. */
export const activityScope = (a: Pick<Activity, 'localityCode' | 'departmentCode'>) => ({
  localityCode: a.localityCode,
  departmentCode: a.departmentCode,
});

const WRITERS = ['locality', 'department', 'project-office', 'admin'] as const;

const request = (id: string, command: ActivityCommand, authorize: (state: Activity | null) => Actor, options: CommandOptions) =>
  ({ aggregate: activityAggregate, id, streamId: activityStreams.streamId(id), command, authorize, options }) satisfies AnyCommandRequest;

const onActivity = <Body extends object>(path: string, summary: string, body: new () => Body, command: (b: Body) => ActivityCommand) =>
  defineCommand<Body>({
    path,
    summary,
    allow: WRITERS,
    body,
    request: (_deps, caller, target, b, options) => {
      const id = target.id as string;
      return request(
        id,
        command(b),
        (state) => {
          if (!state) throw new DomainError('activity.notFound', `没有编号为 ${id} 的招商活动`, { field: 'id', status: 404 });
          return caller.actOn(activityScope(state));
        },
        options,
      );
    },
  });

export const ACTIVITY_COMMANDS = {
  plan: defineCommand<Dto.PlanActivityDto>({
    summary: '登记招商、对接活动（可提前三个月计划；县区登记本地的，市直部门登记本部门牵头的）',
    allow: WRITERS,
    body: Dto.PlanActivityDto,
    creates: true,
    request: (_deps, caller, _target, body, options) => {
      const activityId = options.idempotencyKey ? idFromKey(caller.id, options.idempotencyKey) : randomUUID();
      const localityCode = body.localityCode ?? null;
      const departmentCode = body.departmentCode ?? null;
      const actor = caller.actOn({ localityCode, departmentCode });
      const command: ActivityCommand = {
        type: 'PlanActivity',
        activityId,
        kind: body.kind,
        title: body.title,
        localityCode,
        departmentCode,
        leaderName: body.leaderName ?? null,
        destination: body.destination,
        regionCode: body.regionCode,
        date: body.date,
        participants: body.participants ?? [],
      };
      return request(activityId, command, () => actor, { ...options, expectedVersion: undefined });
    },
  }),
  results: onActivity('results', '登记活动成果（参加企业数、形成线索、现场签约及金额）', Dto.RecordResultsDto, (b) => ({
    type: 'RecordActivityHeld',
    date: b.date,
    attendance: b.attendance,
    leadIds: b.leadIds ?? [],
    deals: (b.deals ?? []).map((d) => ({ enterprise: d.enterprise, amountWan: d.amountWan, leadId: d.leadId ?? null })),
    note: b.note ?? null,
  })),
  cancel: onActivity('cancellation', '取消计划的活动（附理由）', Dto.CancelActivityDto, (b) => ({
    type: 'CancelActivity',
    reason: b.reason,
    date: b.date,
  })),
};

@Injectable()
export class ActivityCommands implements CommandSet {
  readonly commands = ACTIVITY_COMMANDS;
  readonly deps = undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    private readonly service: ServiceCommands,
  ) {}

  run(name: keyof typeof ACTIVITY_COMMANDS, caller: Caller, id: string | undefined, body: object, options: CommandOptions) {
    return this.service.run(this, name, caller, { id, params: {} }, body, options);
  }

  async fromStream(id: string) {
    return foldStream(activityView, await this.store.readStream(activityStreams.streamId(id)));
  }
}
