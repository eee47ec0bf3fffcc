/**
 * Demo issues through the issue-resolution service's batch route (POST /batch): a year of monthly
 * cycles (§32) for the demo city. Each month localities report problems on their projects by the
 * 10th (a few later, into the next cycle), the project office distributes them by the 15th (a few
 * rejected), departments accept and most resolve them in time and the reporters confirm (one in ten
 * not at first: reopened, resolved again); some are escalated to the project office and decided at
 * the month's joint meeting, some of the big projects' go on to their packaging leader, and the
 * rest stay open: the scheduler finds them overdue. A dispatch meeting a month records decisions of
 * its own. Deterministic and idempotent (every command has an Idempotency-Key; ids derive from them).
 */
import { idFromKey } from '@ccpc/service-kit';
import { type BatchEntry, runPlans, type Segment } from './batch-client';
import { rng, SEED_CALLER } from './seed-projects';

export interface IssueSeedResult {
  issues: number;
  meetings: number;
  commands: number;
  refused: number;
  seconds: number;
}

export interface ProjectRow {
  projectId: string;
  name: string;
  localityCode: string;
  departmentCode: string;
  stage: string;
  totalInvestmentWan: number;
}

const CATEGORIES = ['funding', 'land', 'approval', 'utilities', 'labour', 'technology', 'other'] as const;
const DESCRIPTIONS: Record<(typeof CATEGORIES)[number], [string, string]> = {
  funding: ['项目资金缺口较大，银行贷款审批慢', 'czj'],
  land: ['项目用地指标不足，需统筹调剂', 'gtj'],
  approval: ['前期审批手续办理进度慢', 'fgw'],
  utilities: ['供水供电等配套设施未接入', 'gyj'],
  labour: ['技术工人招聘困难', 'rsj'],
  technology: ['关键技术需科研院所协助攻关', 'kjj'],
  other: ['施工周边环境协调困难', 'jw'],
};
const MONTHS = Array.from({ length: 12 }, (_, i) => `2018-${String(i + 1).padStart(2, '0')}`);
const pad = (n: number) => String(n).padStart(2, '0');
const key = (text: string) => `seed-issues:${text}`;

function plansFor(projects: readonly ProjectRow[]) {
  const r = rng(3203);
  const first: Segment[][] = []; // reports, distribution, acceptance; the meetings
  const second: Segment[][] = []; // what refers to them: escalation, decisions, resolution, confirmation
  let issues = 0;
  const office = (entries: BatchEntry[]): Segment => ({ grant: 'project-office', entries });
  MONTHS.forEach((month, m) => {
    const joint = idFromKey(SEED_CALLER.sub, key(`joint:${month}`));
    const dispatch = idFromKey(SEED_CALLER.sub, key(`dispatch:${month}`));
    const meetingDay = `${month}-24`;
    first.push([
      office([
        {
          command: 'hold-meeting',
          idempotencyKey: key(`joint:${month}`),
          body: {
            kind: 'joint',
            title: `${Number(month.slice(5))}月项目建设联席会议`,
            date: meetingDay,
            chair: '市项目建设领导小组办公室',
            attendees: ['gtj', 'fgw', 'jw'],
          },
        },
        {
          command: 'hold-meeting',
          idempotencyKey: key(`dispatch:${month}`),
          body: {
            kind: 'dispatch',
            title: `${Number(month.slice(5))}月重点项目调度会议`,
            date: `${month}-27`,
            chair: '市项目建设领导小组办公室',
            attendees: ['fgw', 'gxj'],
          },
        },
        {
          command: 'record-decision',
          id: dispatch,
          idempotencyKey: key(`dispatch:${month}:1`),
          body: {
            subject: '重点项目开复工推进',
            ownerKind: 'department',
            ownerCode: 'fgw',
            measures: '逐项目明确开工节点',
            deadline: `${month}-28`,
          },
        },
      ]),
    ]);
    if (m < 10)
      second.push([
        office([]),
        {
          grant: 'department:fgw',
          entries: [
            {
              command: 'complete-decision',
              id: dispatch,
              params: { decisionId: '1' },
              idempotencyKey: key(`dispatch:${month}:1:done`),
              body: { date: `${MONTHS[m + 1]}-05`, note: '已按节点推进' },
            },
          ],
        },
      ]);
    for (let k = 0; k < 16; k++) {
      const project = r.pick(projects);
      const category = r.pick(CATEGORIES);
      const [description, department] = DESCRIPTIONS[category];
      const reportKey = key(`${month}:${k}`);
      const id = idFromKey(SEED_CALLER.sub, reportKey);
      const reportedOn = `${month}-${pad(r.int(1, 9))}`;
      const reporter = `locality:${project.localityCode}`;
      issues++;
      const rejected = r.chance(0.08);
      first.push([
        {
          grant: reporter,
          entries: [
            {
              command: 'report-issue',
              idempotencyKey: reportKey,
              body: { projectId: project.projectId, category, description: `${project.name}：${description}`, date: reportedOn },
            },
          ],
        },
        office(
          rejected
            ? [
                {
                  command: 'reject-issue',
                  id,
                  idempotencyKey: `${reportKey}:reject`,
                  body: { reason: '属企业自身经营问题，不属于项目建设问题', date: `${month}-12` },
                },
              ]
            : [
                {
                  command: 'distribute-issue',
                  id,
                  idempotencyKey: `${reportKey}:distribute`,
                  body: { departmentCode: department, deadline: `${month}-${pad(r.int(22, 28))}`, date: `${month}-13` },
                },
              ],
        ),
        ...(rejected
          ? []
          : [
              {
                grant: `department:${department}`,
                entries: [{ command: 'accept-issue', id, idempotencyKey: `${reportKey}:accept`, body: { date: `${month}-14` } }],
              },
            ]),
      ]);
      if (rejected) continue;
      const late = m === MONTHS.length - 1 || r.chance(0.15); // left open: the scheduler finds it overdue
      if (late) continue;
      const dept = `department:${department}`;
      const resolveOn = `${month}-${pad(r.int(16, 21))}`;
      if (r.chance(0.2)) {
        // Escalated to the project office, decided at the joint meeting; a big project's goes on to its leader.
        const toLeader = project.totalInvestmentWan >= 200_000 && r.chance(0.5);
        second.push([
          {
            grant: dept,
            entries: [
              {
                command: 'request-escalation',
                id,
                idempotencyKey: `${reportKey}:escalate`,
                body: { reason: '涉及多部门，需市级统筹协调', date: `${month}-16` },
              },
            ],
          },
          office(
            toLeader
              ? [
                  {
                    command: 'supervise-issue',
                    id,
                    idempotencyKey: `${reportKey}:supervise`,
                    body: {
                      noticeId: `督办〔2018〕${m + 1}-${k + 1}号`,
                      note: '请包保领导协调',
                      deadline: `${MONTHS[m + 1] ?? month}-20`,
                      date: `${month}-20`,
                    },
                  },
                ]
              : [
                  {
                    command: 'decide-issue',
                    id,
                    idempotencyKey: `${reportKey}:decide`,
                    body: {
                      meetingId: joint,
                      ownerKind: 'department',
                      ownerCode: department,
                      measures: '由责任部门牵头，相关部门配合，限期解决',
                      deadline: `${MONTHS[m + 1] ?? month}-10`,
                      date: meetingDay,
                    },
                  },
                ],
          ),
          ...(toLeader
            ? [
                {
                  grant: 'project-office',
                  entries: [
                    {
                      command: 'request-escalation',
                      id,
                      idempotencyKey: `${reportKey}:to-leader`,
                      body: { reason: '联席会议后仍需包保领导协调', date: `${month}-25` },
                    },
                  ],
                },
              ]
            : [
                {
                  grant: dept,
                  entries: [
                    {
                      command: 'resolve-issue',
                      id,
                      idempotencyKey: `${reportKey}:resolve`,
                      body: { resolution: '按会议决定落实，问题已解决', date: `${month}-28` },
                    },
                  ],
                },
                {
                  grant: reporter,
                  entries: [{ command: 'confirm-resolution', id, idempotencyKey: `${reportKey}:confirm`, body: { date: `${month}-28` } }],
                },
              ]),
        ]);
        continue;
      }
      const reopen = r.chance(0.1);
      second.push([
        {
          grant: dept,
          entries: [
            {
              command: 'note-progress',
              id,
              idempotencyKey: `${reportKey}:note`,
              body: { note: '已现场对接，正在协调', date: `${month}-15` },
            },
          ],
        },
        {
          grant: dept,
          entries: [
            { command: 'resolve-issue', id, idempotencyKey: `${reportKey}:resolve`, body: { resolution: '问题已解决', date: resolveOn } },
          ],
        },
        {
          grant: reporter,
          entries: reopen
            ? [
                {
                  command: 'reopen-issue',
                  id,
                  idempotencyKey: `${reportKey}:reopen`,
                  body: { reason: '问题仍未彻底解决', date: `${month}-22` },
                },
              ]
            : [{ command: 'confirm-resolution', id, idempotencyKey: `${reportKey}:confirm`, body: { date: `${month}-22` } }],
        },
        ...(reopen
          ? [
              {
                grant: dept,
                entries: [
                  {
                    command: 'resolve-issue',
                    id,
                    idempotencyKey: `${reportKey}:resolve-2`,
                    body: { resolution: '已彻底解决', date: `${month}-26` },
                  },
                ],
              },
              {
                grant: reporter,
                entries: [{ command: 'confirm-resolution', id, idempotencyKey: `${reportKey}:confirm`, body: { date: `${month}-27` } }],
              },
            ]
          : []),
      ]);
    }
  });
  return { first, second, issues, meetings: MONTHS.length * 2 };
}

/** The demo issues, once the service knows the registry's projects (a project under construction or in 前期 has problems). */
export async function seedIssues(options: {
  issueUrl: string;
  projects: readonly ProjectRow[];
  concurrency?: number;
}): Promise<IssueSeedResult> {
  const started = performance.now();
  const active = options.projects.filter((p) => p.stage === 'under-construction' || p.stage === 'preparing');
  const { first, second, issues, meetings } = plansFor(active.length > 0 ? active : options.projects);
  const caller = SEED_CALLER;
  const a = await runPlans(options.issueUrl, first, { caller, concurrency: options.concurrency ?? 2 });
  const b = await runPlans(options.issueUrl, second, { caller, concurrency: options.concurrency ?? 2 });
  return {
    issues,
    meetings,
    commands: a.commands + b.commands,
    refused: a.refused + b.refused,
    seconds: (performance.now() - started) / 1000,
  };
}
