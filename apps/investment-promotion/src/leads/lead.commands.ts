import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type Actor, type LeadEvent, leadStreams } from '@ccpc/contracts';
import type { AggregateDefinition, AnyCommandRequest, MongoEventStore } from '@ccpc/event-store';
import { type CommandSet, defineCommand, EVENT_STORE, ServiceCommands } from '@ccpc/event-store-nest';
import { type CommandOptions, DomainError, foldStream } from '@ccpc/eventsourcing';
import { type Lead, type LeadCommand, leadDates, leadDecider } from '@ccpc/investment-promotion-domain';
import { idFromKey } from '@ccpc/service-kit';
import * as Dto from './lead.dto';
import { leadView } from './lead.view';

export const leadAggregate: AggregateDefinition<LeadCommand, LeadEvent, Lead | null> = {
  name: 'Lead',
  decider: leadDecider,
  dates: leadDates,
};

/** Who manages a lead: its locality, or the department following it (a department manages those of its sector). */
export const leadScope = (lead: Pick<Lead, 'localityCode' | 'departmentCode'>) => ({
  localityCode: lead.localityCode,
  departmentCode: lead.departmentCode,
});

const WRITERS = ['locality', 'department', 'project-office', 'admin'] as const;

const notFound = (id: string) => new DomainError('lead.notFound', `没有编号为 ${id} 的招商线索`, { field: 'id', status: 404 });

export const leadRequest = (id: string, command: LeadCommand, authorize: (state: Lead | null) => Actor, options: CommandOptions) =>
  ({ aggregate: leadAggregate, id, streamId: leadStreams.streamId(id), command, authorize, options }) satisfies AnyCommandRequest;

/** A command on an existing lead by whoever's grant covers its locality or department (404 for a lead there is none of). */
const onLead = <Body extends object>(path: string, summary: string, body: new () => Body, command: (b: Body) => LeadCommand) =>
  defineCommand<Body>({
    path,
    summary,
    allow: WRITERS,
    body,
    request: (_deps, caller, target, b, options) => {
      const id = target.id as string;
      return leadRequest(
        id,
        command(b),
        (state) => {
          if (!state) throw notFound(id);
          return caller.actOn(leadScope(state));
        },
        options,
      );
    },
  });

/** The lead commands, each once: the routes take path, summary and roles from here, POST /batch the same bodies. */
export const LEAD_COMMANDS = {
  identify: defineCommand<Dto.IdentifyLeadDto>({
    summary: '登记招商线索（县市区、开发区登记本地的；市直部门登记本部门跟进的）',
    allow: WRITERS,
    body: Dto.IdentifyLeadDto,
    creates: true,
    // With an Idempotency-Key the id is derived from it, so that a retry lands on the same lead.
    request: (_deps, caller, _target, body, options) => {
      const leadId = options.idempotencyKey ? idFromKey(caller.id, options.idempotencyKey) : randomUUID();
      const { enterpriseName, creditCode, departmentCode, ...rest } = body;
      const actor = caller.actOn({ localityCode: body.localityCode, departmentCode: departmentCode ?? null });
      const command: LeadCommand = {
        type: 'IdentifyLead',
        leadId,
        ...rest,
        enterprise: { name: enterpriseName, creditCode: creditCode ?? null },
        departmentCode: departmentCode ?? null,
      };
      return leadRequest(leadId, command, () => actor, { ...options, expectedVersion: undefined });
    },
  }),
  'follow-up': onLead('follow-ups', '记录跟进情况（跟进日志）', Dto.FollowUpDto, (b) => ({
    type: 'FollowUpLead',
    note: b.note,
    date: b.date,
  })),
  advance: onLead('advance', '推进阶段（已发现 → 已接触 → 洽谈中，逐级）', Dto.AdvanceLeadDto, (b) => ({
    type: 'AdvanceLead',
    to: b.to,
    date: b.date,
  })),
  sign: onLead('signing', '签约（洽谈中 → 已签约，须填合同投资额）', Dto.SignLeadDto, (b) => ({
    type: 'SignLead',
    contractAmountWan: b.contractAmountWan,
    date: b.date,
  })),
  land: onLead('landing', '项目落地（已签约 → 已落地；项目储备库随之登记项目，来源"招商引进"）', Dto.LandLeadDto, (b) => ({
    type: 'LandLead',
    projectName: b.projectName,
    departmentCode: b.departmentCode,
    totalInvestmentWan: b.totalInvestmentWan,
    siteInDevelopmentZone: b.siteInDevelopmentZone,
    date: b.date,
  })),
  lose: onLead('loss', '线索终止（附理由）', Dto.LoseLeadDto, (b) => ({
    type: 'LoseLead',
    reason: b.reason,
    conflictId: null,
    date: b.date,
  })),
};

/** The lead command set, and a lead as its stream says. */
@Injectable()
export class LeadCommands implements CommandSet {
  readonly commands = LEAD_COMMANDS;
  readonly deps = undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    private readonly service: ServiceCommands,
  ) {}

  run(name: keyof typeof LEAD_COMMANDS, caller: Caller, id: string | undefined, body: object, options: CommandOptions) {
    return this.service.run(this, name, caller, { id, params: {} }, body, options);
  }

  /** Commands of the service itself (a reaction, a schedule) or of several aggregates at once: one batch. */
  runMany(requests: readonly AnyCommandRequest[]) {
    return this.service.runner.runMany(requests);
  }

  /** The lead as its stream says, for the moment before the read model has it (a client following `Location`). */
  async fromStream(id: string) {
    return foldStream(leadView, await this.store.readStream(leadStreams.streamId(id)));
  }
}
