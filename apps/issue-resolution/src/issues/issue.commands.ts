import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type Actor, type IssueEvent, issueStreams, meetingStreams } from '@ccpc/contracts';
import type { AggregateDefinition, AnyCommandRequest, MongoEventStore, ProjectionStore } from '@ccpc/event-store';
import { type CommandSet, defineCommand, EVENT_STORE, readModelToken, ServiceCommands } from '@ccpc/event-store-nest';
import { type CommandOptions, DomainError, foldStream } from '@ccpc/eventsourcing';
import { type Issue, type IssueCommand, issueDates, issueDecider, type IssueProject } from '@ccpc/issue-resolution-domain';
import { idFromKey } from '@ccpc/service-kit';
import { meetingView } from '../meetings/meeting.view';
import { ownerOf } from '../meetings/meeting.commands';
import { inForce, type KnownProject } from '../projects/known-project.view';
import { KnownProjects } from '../projects/known-projects';
import * as Dto from './issue.dto';
import { scopeOfOwner, scopeOfReporter, reporterFor } from './issue-access';
import { ISSUE_VIEW, type IssueView, issueView } from './issue.view';

export const issueAggregate: AggregateDefinition<IssueCommand, IssueEvent, Issue | null> = {
  name: 'Issue',
  decider: issueDecider,
  dates: issueDates,
};

interface Deps {
  projects: KnownProjects;
  issues: ProjectionStore<IssueView>;
  store: MongoEventStore;
}

const OFFICE = ['project-office', 'admin'] as const;
const HANDLERS = ['department', 'locality', 'project-office', 'admin'] as const;
/** Only the reporter confirms or reopens: the project office does not confirm for them, only its own drafts. */
const REPORTERS = ['locality', 'department', 'project-office'] as const;

const notFound = (id: string) => new DomainError('issue.notFound', `没有编号为 ${id} 的项目问题`, { field: 'id', status: 404 });

export const issueRequest = (id: string, command: IssueCommand, authorize: (state: Issue | null) => Actor, options: CommandOptions) =>
  ({ aggregate: issueAggregate, id, streamId: issueStreams.streamId(id), command, authorize, options }) satisfies AnyCommandRequest;

export const asProject = (p: KnownProject, day: string): IssueProject => ({
  projectId: p.projectId,
  name: p.name,
  localityCode: p.localityCode,
  stage: p.stage,
  leaderId: inForce(p.leader, day)?.id ?? null,
});

/** A command on an existing issue, by whoever `who` says may act on it. */
const onIssue = <Body extends object>(
  path: string,
  summary: string,
  allow: readonly (typeof HANDLERS)[number][],
  body: new () => Body,
  who: (caller: Caller, state: Issue) => Actor,
  command: (b: Body, deps: Deps, id: string) => IssueCommand | Promise<IssueCommand>,
) =>
  defineCommand<Body, Deps>({
    path,
    summary,
    allow,
    body,
    request: async (deps, caller, target, b, options) => {
      const id = target.id as string;
      return issueRequest(
        id,
        await command(b, deps, id),
        (state) => {
          if (!state) throw notFound(id);
          return who(caller, state);
        },
        options,
      );
    },
  });

const office = (caller: Caller) => caller.actOn({});
const owner = (caller: Caller, state: Issue) => caller.actOn(scopeOfOwner(state));
const reporter = (caller: Caller, state: Issue) => {
  // The project office's city-wide grant covers every scope: it acts as reporter on its own drafts only.
  if (state.reporter.kind !== 'project-office' && !caller.mayAct(['locality', 'department'], scopeOfReporter(state)))
    throw new ForbiddenException({
      statusCode: 403,
      error: 'Forbidden',
      rule: caller.grants.some((g) => g.kind === 'locality' || g.kind === 'department') ? 'access.scope' : 'access.role',
      message: '只有上报方可以确认销号或退回重办',
    });
  return caller.actOn(scopeOfReporter(state));
};
const ownerOrReporter = (caller: Caller, state: Issue) =>
  caller.mayAct(HANDLERS, scopeOfOwner(state)) ? owner(caller, state) : reporter(caller, state);

/** The leader packaging the issue's project on a day (an escalation past the project office goes to them). */
async function leaderOf(deps: Deps, id: string, day: string): Promise<string | null> {
  const projectId =
    (await deps.issues.get(id))?.projectId ??
    ((await deps.store.readStream(issueStreams.streamId(id)))[0]?.data as { projectId?: unknown } | undefined)?.projectId;
  if (typeof projectId !== 'string') throw notFound(id);
  const project = await deps.projects.store.get(projectId);
  return project ? asProject(project, day).leaderId : null;
}

/** The issue commands (项目问题), each once: routes and POST /batch run them alike. */
export const ISSUE_COMMANDS = {
  'report-issue': defineCommand<Dto.ReportIssueDto, Deps>({
    summary: '上报项目问题（县区只能上报本地项目；市直部门、市大项目办可上报任一项目）',
    allow: ['locality', 'department', 'project-office', 'admin'],
    body: Dto.ReportIssueDto,
    creates: true,
    request: async (deps, caller, _target, body, options) => {
      const id = options.idempotencyKey ? idFromKey(caller.id, options.idempotencyKey) : randomUUID();
      const project = await deps.projects.require(body.projectId);
      const { actor, reporter: who } = reporterFor(caller, project);
      const command: IssueCommand = {
        type: 'ReportIssue',
        issueId: id,
        project: asProject(project, body.date),
        reporter: who,
        category: body.category,
        description: body.description,
        date: body.date,
      };
      return issueRequest(id, command, () => actor, { ...options, expectedVersion: undefined });
    },
  }),
  'distribute-issue': onIssue('distribution', '分发至责任部门并定办结时限（市大项目办）', OFFICE, Dto.DistributeIssueDto, office, (b) => ({
    type: 'DistributeIssue',
    departmentCode: b.departmentCode,
    deadline: b.deadline,
    date: b.date,
    ...(b.note ? { note: b.note } : {}),
  })),
  'reject-issue': onIssue('rejection', '不予受理并说明理由（市大项目办）', OFFICE, Dto.RejectIssueDto, office, (b) => ({
    type: 'RejectIssue',
    reason: b.reason,
    date: b.date,
  })),
  'accept-issue': onIssue('acceptance', '受理（责任单位）', HANDLERS, Dto.AcceptIssueDto, owner, (b) => ({
    type: 'AcceptIssue',
    date: b.date,
  })),
  'note-progress': onIssue('progress', '记录办理进展（责任单位或上报方）', HANDLERS, Dto.NoteProgressDto, ownerOrReporter, (b) => ({
    type: 'NoteProgress',
    note: b.note,
    date: b.date,
  })),
  'request-escalation': onIssue(
    'escalation',
    '申请升级到上一层级（责任单位或上报方）：属地 → 责任部门 → 市大项目办 → 包保市级领导',
    HANDLERS,
    Dto.RequestEscalationDto,
    ownerOrReporter,
    async (b, deps, id) => ({ type: 'RequestEscalation', reason: b.reason, date: b.date, leaderId: await leaderOf(deps, id, b.date) }),
  ),
  'decide-issue': onIssue(
    'decision',
    '登记会议对问题的决定：牵头单位、措施、时限（市大项目办，须为已登记的会议）',
    OFFICE,
    Dto.DecideIssueDto,
    office,
    async (b, deps) => {
      const owner = ownerOf(b.ownerKind, b.ownerCode);
      const meeting = foldStream(meetingView, await deps.store.readStream(meetingStreams.streamId(b.meetingId)));
      if (!meeting)
        throw new DomainError('meeting.notFound', `没有编号为 ${b.meetingId} 的会议：请先登记会议纪要`, {
          field: 'meetingId',
          status: 404,
        });
      return {
        type: 'DecideIssue',
        meeting: { meetingId: meeting.meetingId, kind: meeting.kind, date: meeting.date },
        owner,
        measures: b.measures,
        deadline: b.deadline,
        date: b.date,
      };
    },
  ),
  'supervise-issue': onIssue('supervision', '督办：限期办结（市大项目办）', OFFICE, Dto.SuperviseIssueDto, office, (b) => ({
    type: 'SuperviseIssue',
    noticeId: b.noticeId,
    note: b.note,
    deadline: b.deadline,
    date: b.date,
  })),
  'resolve-issue': onIssue('resolution', '报告问题已解决（责任单位），待上报方确认', HANDLERS, Dto.ResolveIssueDto, owner, (b) => ({
    type: 'ResolveIssue',
    resolution: b.resolution,
    date: b.date,
  })),
  'confirm-resolution': onIssue('confirmation', '确认已解决，问题销号（仅上报方）', REPORTERS, Dto.ConfirmResolutionDto, reporter, (b) => ({
    type: 'ConfirmResolution',
    date: b.date,
  })),
  'reopen-issue': onIssue('reopening', '不认可解决结果，退回重新办理（仅上报方）', REPORTERS, Dto.ReopenIssueDto, reporter, (b) => ({
    type: 'ReopenIssue',
    reason: b.reason,
    date: b.date,
  })),
};

export type IssueCommandName = keyof typeof ISSUE_COMMANDS;

/** The issue command set, the system's own commands, and an issue as its stream says. */
@Injectable()
export class IssueCommands implements CommandSet<Deps> {
  readonly commands = ISSUE_COMMANDS;
  readonly deps: Deps;

  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    @Inject(readModelToken(ISSUE_VIEW)) issues: ProjectionStore<IssueView>,
    projects: KnownProjects,
    private readonly service: ServiceCommands,
  ) {
    this.deps = { projects, issues, store };
  }

  run(name: IssueCommandName, caller: Caller, id: string | undefined, body: object, options: CommandOptions) {
    return this.service.run(this, name, caller, { id, params: {} }, body, options);
  }

  /** Commands of the service itself (reactions, the scheduler): the system is the actor, one batch. */
  asSystem(commands: ReadonlyArray<{ id: string; command: IssueCommand; options: CommandOptions }>, actor: Actor) {
    return this.service.runner.runMany(commands.map(({ id, command, options }) => issueRequest(id, command, () => actor, options)));
  }

  /** The issue as its stream says, for the moment before the read model has it (a client following `Location`). */
  async fromStream(id: string) {
    return foldStream(issueView, await this.store.readStream(issueStreams.streamId(id)));
  }
}
