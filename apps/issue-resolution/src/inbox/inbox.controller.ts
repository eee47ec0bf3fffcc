import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '@ccpc/auth';
import { byDeadline, cityDate } from '@ccpc/contracts';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import type { Clock } from '@ccpc/eventsourcing';
import { ISSUE_VIEW, type IssueView } from '../issues/issue.view';
import { MEETING_VIEW, type MeetingView } from '../meetings/meeting.view';
import { Responds, type Responses } from '../responses';
import { decisionEntries, issueAction, issueEntry } from './inbox';

/** At most this many of each kind are read for one inbox (a unit's open issues are tens, the project office's hundreds). */
const LIMIT = 2000;

@ApiTags('inbox 待办')
@Controller('inbox')
export class InboxController {
  constructor(
    @Inject(readModelToken(ISSUE_VIEW)) private readonly issues: ProjectionStore<IssueView>,
    @Inject(readModelToken(MEETING_VIEW)) private readonly meetings: ProjectionStore<MeetingView>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Allow('locality', 'department', 'project-office', 'leader', 'admin')
  @ApiOperation({
    summary:
      '待办：本人须办理的问题（分发、受理、办理、会议决定、领导协调、确认销号）与会议决定事项，办结时限最近的在前；与其他服务的待办同一格式',
  })
  @Responds('Inbox')
  async inbox(@CurrentCaller() caller: Caller): Promise<Responses['Inbox']> {
    const today = cityDate(this.clock.now());
    const v = caller.visibility();
    const codes = v.all ? undefined : [...v.localityCodes, ...v.departmentCodes, ...v.leaderIds];
    const [{ items: issues }, { items: meetings }] = await Promise.all([
      this.issues.page({
        equals: { open: true },
        anyOf: codes && [{ ownerCode: codes }, { reporterCode: codes }],
        sort: { dueOn: 1, issueId: 1 },
        skip: 0,
        limit: LIMIT,
      }),
      this.meetings.page({
        ranges: { openDecisions: { min: 1 } },
        anyOf: v.all
          ? undefined
          : [{ openOwners: [...v.localityCodes.map((c) => `locality:${c}`), ...v.departmentCodes.map((c) => `department:${c}`)] }],
        sort: { date: -1 },
        skip: 0,
        limit: LIMIT,
      }),
    ]);
    const items = [
      ...issues.flatMap((issue) => {
        const action = issueAction(caller, issue);
        return action ? [issueEntry(issue, action, today)] : [];
      }),
      ...meetings.flatMap((m) => decisionEntries(caller, m, today)),
    ].sort(byDeadline);
    return { items, total: items.length };
  }
}
