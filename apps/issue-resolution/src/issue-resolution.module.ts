import { Module } from '@nestjs/common';
import { EventSourcingModule, readModel } from '@ccpc/event-store-nest';
import { ApprovalOverdueReaction, approvalOverdue } from './approval-overdue/approval-overdue.reaction';
import { CycleController } from './cycles/cycle.controller';
import { monthlyCycleView } from './cycles/monthly-cycle.view';
import { InboxController } from './inbox/inbox.controller';
import { IssueCommands } from './issues/issue.commands';
import { IssueController } from './issues/issue.controller';
import { issueView } from './issues/issue.view';
import { MeetingCommands } from './meetings/meeting.commands';
import { MeetingController } from './meetings/meeting.controller';
import { meetingView } from './meetings/meeting.view';
import { KnownProjects } from './projects/known-projects';
import { RegistryReaction, registryProjects } from './projects/registry.reaction';
import { IssueScheduler } from './scheduler/issue.scheduler';
import { ReferenceController } from './reference/reference.controller';

const feature = EventSourcingModule.forFeature({
  readModels: [readModel(issueView), readModel(meetingView), readModel(monthlyCycleView)],
  reactions: [registryProjects, approvalOverdue],
  commands: [IssueCommands, MeetingCommands],
});

/** 问题解决: issues and their monthly cycle, meetings and their decisions, the scheduler, and what it follows of the registry and approval. */
@Module({
  imports: [feature],
  controllers: [IssueController, MeetingController, CycleController, InboxController, ReferenceController],
  providers: [KnownProjects, IssueCommands, MeetingCommands, RegistryReaction, ApprovalOverdueReaction, IssueScheduler],
})
export class IssueResolutionModule {}
