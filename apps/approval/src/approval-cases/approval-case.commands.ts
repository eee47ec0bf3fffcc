import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type Actor, approvalCaseStreams } from '@ccpc/contracts';
import type { AggregateDefinition, AnyCommandRequest, MongoEventStore } from '@ccpc/event-store';
import { type CommandSet, type CommandTarget, defineCommand, EVENT_STORE, ServiceCommands } from '@ccpc/event-store-nest';
import { type CommandOptions, type CommandResult, DomainError, foldStream } from '@ccpc/eventsourcing';
import { type ApprovalCase, type ApprovalCaseCommand, approvalCaseDates, approvalCaseDecider } from '@ccpc/approval-domain';
import type { ApprovalCaseEvent } from '@ccpc/contracts';
import { approvalCaseView } from './approval-case.view';
import { ApproveItemDto, RecordVisitDto, RejectItemDto, RequestSupplementsDto, ResubmitItemDto, SubmitItemDto } from './approval-case.dto';

export const approvalCaseAggregate: AggregateDefinition<ApprovalCaseCommand, ApprovalCaseEvent, ApprovalCase | null> = {
  name: 'ApprovalCase',
  decider: approvalCaseDecider,
  dates: approvalCaseDates,
};
type ItemCommand = Extract<ApprovalCaseCommand, { itemCode: string }>;

export const ITEM_CODE = /^[a-z][a-z0-9-]{0,39}$/;
const APPLICANT = ['locality', 'project-office', 'admin'] as const;
const DEPARTMENT = ['department', 'project-office', 'admin'] as const;

/** Who acts on an item: the applicant's locality submits, resubmits; the item's department decides. */
export type ItemSide = 'applicant' | 'department';

const notFound = (id: string) => new DomainError('approvalCase.notFound', `项目 ${id} 没有审批案件`, { field: 'id', status: 404 });

const caseRequest = (id: string, command: ApprovalCaseCommand, authorize: (state: ApprovalCase | null) => Actor, options: CommandOptions) =>
  ({
    aggregate: approvalCaseAggregate,
    id,
    streamId: approvalCaseStreams.streamId(id),
    command,
    authorize,
    options,
  }) satisfies AnyCommandRequest;

/** A command on one item, by the caller on the route's side (the applicant's locality or the item's department). */
function onItem(caller: Caller, target: CommandTarget, side: ItemSide, command: ItemCommand, options: CommandOptions) {
  const id = target.id as string;
  return caseRequest(
    id,
    command,
    (state) => {
      if (!state) throw notFound(id);
      if (side === 'applicant') return caller.actOn({ localityCode: state.localityCode });
      // An unknown item code is the decider's 404; the department of a known one must be the caller's.
      const item = state.items.find((i) => i.code === command.itemCode);
      return caller.actOn({ departmentCode: item?.departmentCode ?? null });
    },
    options,
  );
}

const item = <Body extends object>(
  path: string,
  summary: string,
  side: ItemSide,
  body: new () => Body,
  command: (itemCode: string, body: Body) => ItemCommand,
) =>
  defineCommand<Body>({
    path: `items/:itemCode/${path}`,
    summary,
    allow: side === 'applicant' ? APPLICANT : DEPARTMENT,
    body,
    params: { itemCode: ITEM_CODE },
    request: (_deps, caller, target, b, options) => onItem(caller, target, side, command(target.params['itemCode'] as string, b), options),
  });

/** The approval case's commands (审批案件), each once: routes and POST /batch run them alike. */
export const APPROVAL_CASE_COMMANDS = {
  'submit-item': item('submission', '申报审批事项（申请人所在县区）', 'applicant', SubmitItemDto, (itemCode, b) => ({
    type: 'SubmitItem',
    itemCode,
    date: b.date,
    documents: b.documents,
  })),
  'resubmit-item': item('resubmission', '按一次性告知补正后再次提交（申请人所在县区）', 'applicant', ResubmitItemDto, (itemCode, b) => ({
    type: 'ResubmitItem',
    itemCode,
    date: b.date,
    documents: b.documents,
  })),
  'request-supplements': item(
    'supplement-request',
    '一次性告知需补正的全部材料（办理部门）',
    'department',
    RequestSupplementsDto,
    (itemCode, b) => ({ type: 'RequestSupplements', itemCode, date: b.date, documents: b.documents, ...(b.note ? { note: b.note } : {}) }),
  ),
  'approve-item': item('approval', '批准（办理部门）', 'department', ApproveItemDto, (itemCode, b) => ({
    type: 'ApproveItem',
    itemCode,
    date: b.date,
    ...(b.note ? { note: b.note } : {}),
  })),
  'reject-item': item('rejection', '不予批准并说明理由（办理部门）', 'department', RejectItemDto, (itemCode, b) => ({
    type: 'RejectItem',
    itemCode,
    date: b.date,
    reasons: b.reasons,
  })),
  'record-visit': item(
    'visits',
    '登记申请人到窗口办理一次（最多跑一次：同一环节第二次到访予以标记）',
    'department',
    RecordVisitDto,
    (itemCode, b) => ({ type: 'RecordVisit', itemCode, step: b.step, date: b.date }),
  ),
};

export type ApprovalCaseCommandName = keyof typeof APPROVAL_CASE_COMMANDS;

/** The approval-case command set: its catalogue, system commands, and a case as its stream says. */
@Injectable()
export class ApprovalCaseCommands implements CommandSet {
  readonly commands = APPROVAL_CASE_COMMANDS;
  readonly deps = undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    private readonly service: ServiceCommands,
  ) {}

  run(name: ApprovalCaseCommandName, caller: Caller, id: string, itemCode: string, body: object, options: CommandOptions) {
    return this.service.run(this, name, caller, { id, params: { itemCode } }, body, options);
  }

  /** Commands of the service itself (reactions, the overdue scheduler): the system is the actor. */
  asSystem(id: string, command: ApprovalCaseCommand, actor: Actor, options: CommandOptions): Promise<CommandResult> {
    return this.service.runner.run(caseRequest(id, command, () => actor, options));
  }

  /** Many commands of the service itself at once (a reaction's backlog): a result or an error each. */
  asSystemMany(commands: ReadonlyArray<{ id: string; command: ApprovalCaseCommand; options: CommandOptions }>, actor: Actor) {
    return this.service.runner.runMany(commands.map((c) => caseRequest(c.id, c.command, () => actor, c.options)));
  }

  /** The case as its stream says, for the moment before the read model has it (a client following `Location`). */
  async fromStream(id: string) {
    return foldStream(approvalCaseView, await this.store.readStream(approvalCaseStreams.streamId(id)));
  }
}
