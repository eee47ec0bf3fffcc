/**
 * The services' response bodies and query shapes as the screens use them: names for the types
 * generated from each service's OpenAPI document (./generated). No shape is declared here.
 */
import type { components as ApprovalComponents, operations as ApprovalOperations } from './generated/approval';
import type { components as AssessmentComponents } from './generated/assessment';
import type { components as IssueComponents, operations as IssueOperations } from './generated/issue-resolution';
import type { components as PromotionComponents, operations as PromotionOperations } from './generated/investment-promotion';
import type { components as ProjectionComponents, operations as ProjectionOperations } from './generated/projection';
import type { components as RegistryComponents, operations as RegistryOperations } from './generated/registry';

type Projection = ProjectionComponents['schemas'];
type Registry = RegistryComponents['schemas'];
type Approval = ApprovalComponents['schemas'];
type Assessment = AssessmentComponents['schemas'];
type Issues = IssueComponents['schemas'];
type Promotion = PromotionComponents['schemas'];

/** The query parameters of an operation. */
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type Board = Projection['Board'];
export type IndicatorValue = Projection['IndicatorValue'];
export type Indicators = Projection['Indicators'];
export type IndicatorDescription = Projection['IndicatorDescription'];
export type Breakdown = Projection['Breakdown'];
export type DrillDown = Projection['DrillDown'];
export type ApprovalPanel = Projection['ApprovalPanel'];
export type Warnings = Projection['Warnings'];
export type Warning = Warnings['items'][number];
export type ProjectHistory = Projection['ProjectHistory'];
export type HistoryEntry = Projection['HistoryEntry'];
export type BreakdownQuery = QueryOf<ProjectionOperations['DashboardController_breakdown']>;
export type DrillQuery = QueryOf<ProjectionOperations['DashboardController_drill']>;
export type BreakdownRow = Breakdown['rows'][number];
/** A project as it stood on a view's date (the projection's fold of the registry's events). */
export type ProjectAt = Projection['ProjectRecord'];

export type Project = Registry['Project'];
export type ProjectAction = Registry['ProjectAction'];
export type ProjectPage = Registry['ProjectPage'];
export type Reference = Registry['Reference'];
export type Stage = Registry['Stage'];
export type ProjectQuery = QueryOf<RegistryOperations['ProjectsController_list']>;
export type RegisterProjectBody = Registry['RegisterProjectDto'];

export type ApprovalCase = Approval['ApprovalCase'];
export type ApprovalItem = Approval['ApprovalItemNow'];
export type ApprovalCasePage = Approval['ApprovalCasePage'];
export type Inbox = Approval['Inbox'];
export type InboxRow = Inbox['items'][number];
export type InboxQuery = QueryOf<ApprovalOperations['InboxController_inbox']>;
export type ApprovalCaseQuery = QueryOf<ApprovalOperations['ApprovalCaseController_list']>;
export type RoundProgress = Approval['RoundProgress'];
export type RoundProgressRow = Approval['RoundProgressRow'];
/** What a department states on a project of the round (POST /approval-rounds/{year}/statements). */
export type RoundStatementBody = Approval['StateProceduresDto'];

/** A month's fixed-asset investment figures as the statistics bureau published them (and revised). */
export type FixedAssetInvestment = Assessment['FixedAssetInvestmentView'];

/** One thing to act on, in the shape every service's GET /inbox answers (the 待办 merges them). */
export type TodoEntry = Issues['TodoEntry'];
export type Issue = Issues['IssueView'];
export type IssueSummary = Issues['IssueSummary'];
export type IssueStatus = Issues['IssueStatus'];
export type IssueCategory = Issues['IssueCategory'];
export type IssueQuery = QueryOf<IssueOperations['IssueController_list']>;
export type Meeting = Issues['MeetingView'];
export type MeetingMinutes = Issues['MeetingMinutes'];
export type CycleBoard = Issues['CycleBoard'];
export type IssuePanel = Projection['IssuePanel'];
export type SupervisionList = Projection['SupervisionList'];
export type SupervisionRow = Projection['SupervisionRow'];
export type SupervisionReport = Projection['SupervisionReport'];
export type LeaderPackages = Projection['LeaderPackages'];
export type DistributeIssueBody = Issues['DistributeIssueDto'];
export type DecideIssueBody = Issues['DecideIssueDto'];
export type ReportIssueBody = Issues['ReportIssueDto'];
export type HoldMeetingBody = Issues['HoldMeetingDto'];
export type RecordDecisionBody = Issues['RecordDecisionDto'];

export type Lead = Promotion['LeadView'];
export type LeadPage = Promotion['LeadPage'];
export type LeadQuery = QueryOf<PromotionOperations['LeadController_list']>;
export type Activity = Promotion['ActivityView'];
export type ActivityPage = Promotion['ActivityPage'];
export type ActivityQuery = QueryOf<PromotionOperations['ActivityController_list']>;
export type Courtship = Promotion['CourtshipView'];
export type Bulletin = Promotion['Bulletin'];
export type PromotionReference = Promotion['PromotionReference'];
export type IdentifyLeadBody = Promotion['IdentifyLeadDto'];
export type PlanActivityBody = Promotion['PlanActivityDto'];
export type PromotionPanel = Projection['PromotionPanel'];
