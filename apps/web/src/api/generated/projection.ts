// Generated from docs/openapi/projection.json by apps/web/server/generate-api.ts — do not edit.
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: 200 when Kafka and MongoDB answer and no consumer has stood still for over a minute, 503 otherwise (就绪检查); details per consumer */
    get: operations['HealthController_readiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness, the same as GET /health (for Kubernetes readinessProbe) */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: 200 while the process serves HTTP (存活检查) */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 指标定义与年度目标（版本化配置，2018 年计划） */
    get: operations['DashboardController_indicators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/warnings/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 预警规则：每条规则的颜色、条件与阈值 */
    get: operations['DashboardController_warningRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全市看板：本年度各项目标的实际完成与目标完成度；可按任一过去日期（asOf）或当时所知（knownAt）查询 */
    get: operations['DashboardController_city'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 看板变化通知（text/event-stream）：本服务每应用一批事件发送一次 change（至多每 300 毫秒一次），每 15 秒一次 heartbeat；客户端收到 change 后重新读取看板 */
    get: operations['DashboardController_changes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard/breakdown': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按县（市）区或部门分解一项指标，并排名 */
    get: operations['DashboardController_breakdown'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard/indicators/{code}/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下钻：构成某项指标数字的项目（分页）；县区、部门只看到本辖区/本部门的项目 */
    get: operations['DashboardController_drill'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审批面板（第二十二条）：本年截至统计日办结的案件数、51个工作日以内的个数与用时中位数；各部门在办与超期事项（排名）；本年截至统计日未批先建（施工许可批准前开工）的项目 */
    get: operations['DashboardController_approvals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/warnings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 预警：按 GET /warnings/rules 的规则给出红/黄灯及每条原因（规则代码、颜色、说明） */
    get: operations['DashboardController_warnings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 项目全景：一个项目在各服务中的全部事件，按时间排列 */
    get: operations['DashboardController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard/issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 问题解决面板（第三十二条）：本年截至统计日上报、未关闭、逾期、已解决、不予受理的问题数，解决率与解决用时（工作日）中位数；按县（市）区、责任部门、月度周期分列；县区、部门只计本单位的问题 */
    get: operations['IssuesController_panel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard/supervision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督办清单（第三十五条）：统计日逾期、被督办、已升级至市大项目办或包保领导、或经会议决定的未解决问题，以及未办结的会议决定事项；逾期在前，按时限排序（分页） */
    get: operations['IssuesController_supervision'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard/leaders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 领导包保（第三十条）：每位市级包保领导的项目、阶段、投资与未关闭问题，逾期多者在前（季度专报的内容） */
    get: operations['IssuesController_leaders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/supervision/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督查报告（第三十五条）：报告期内各次会议的决定事项及其办理情况（按期办结、逾期办结、正在办理、逾期未办结）与牵头单位，并列此前会议仍未办结的事项；报市委、市政府，抄送市委组织部、市纪检委。已结束的报告期按其最后一天、当天结束时所知出具，之后不再变化 */
    get: operations['IssuesController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard/promotion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 招商对接面板（第十五至二十、二十五、二十六条）：线索按阶段、企业类别、来源地区、对接渠道和县（市）区；本年签约与落地项目及金额、线索落地率；集中招商、集中对接落实情况及预警（已结束的月份、季度）。县区、部门只计本单位的线索与活动 */
    get: operations['PromotionController_panel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description 每个错误的同一形状：状态码、规则名（rule，供程序判断）、出错字段（field）与中文说明（message，供人阅读）；技术原因另见 detail */
    ErrorBody: {
      statusCode: number;
      error: string;
      /** @example validation.isIn */
      rule: string;
      field?: string;
      /** @description 中文说明：违反了哪条规则、如何修改 */
      message: string;
      /** @description 技术原因（英文，供运维排查；如令牌无效的具体原因） */
      detail?: string;
      violations?: {
        field?: string;
        rule?: string;
        message?: string;
      }[];
    };
    /** @enum {string} */
    ActivityKind: 'leaders-trip' | 'locality-trip' | 'funds-docking' | 'talent-docking' | 'technology-docking' | 'expo';
    AnnualPlanEntry: {
      year: number;
      kind: components['schemas']['PlanKind'];
      plannedStartMonth: string | null;
      annualInvestmentWan: number;
    };
    AnnualTargets: {
      year: number;
      version: string;
      source: string;
      values: {
        [key: string]: number;
      };
    };
    ApprovalPanel: {
      year: number;
      asOf: string;
      knownAt: string;
      live: boolean;
      closed: boolean;
      completed: number;
      within51: number;
      openOverLimit: number;
      medianWorkingDays: number | null;
      departments: components['schemas']['DepartmentLoadRow'][];
      startedBeforePermit: components['schemas']['StartedBeforePermit'][];
    };
    Assignment: {
      id: string;
      name: string;
      from: string;
      to: string | null;
    };
    Board: {
      year: number;
      asOf: string;
      knownAt: string;
      live: boolean;
      closed: boolean;
      projects: number;
      targets: {
        year: number;
        version: string;
        source: string;
      } | null;
      indicators: components['schemas']['IndicatorValue'][];
    };
    Breakdown: {
      year: number;
      asOf: string;
      knownAt: string;
      live: boolean;
      closed: boolean;
      indicator: {
        code: string;
        name: string;
        definition: string;
      };
      /** @enum {string} */
      by: 'locality' | 'department';
      units?: components['schemas']['UnitList'];
      minimum?: number;
      rows: components['schemas']['BreakdownRow'][];
    };
    BreakdownRow: {
      rank: number;
      code: string;
      name: string;
      actual: number;
      numerator: number;
      denominator: number | null;
      projects: number;
    };
    Compliance: {
      year: number;
      months: components['schemas']['MonthCompliance'][];
      quarters: components['schemas']['QuarterCompliance'][];
    };
    /** @enum {string} */
    DecisionStanding: 'done-on-time' | 'done-late' | 'open' | 'overdue';
    DepartmentList: {
      version: string;
      source: string;
      codes: string[];
    };
    DepartmentLoadRow: {
      open: number;
      overdue: number;
      waiting: number;
      code: string;
      name: string;
    };
    DrillDown: {
      items: components['schemas']['ProjectRecord'][];
      total: number;
      page: number;
      pageSize: number;
      year: number;
      asOf: string;
      knownAt: string;
      live: boolean;
      closed: boolean;
      indicator: string;
    };
    HistoryEntry: {
      v: number;
      type: string;
      label: string;
      date: string;
      recordedAt: string;
      data: {
        [key: string]: unknown;
      };
      actor: {
        id: string;
        role: string;
        scope: string | null;
        name?: string;
      };
      eventId: string;
      /** @enum {string} */
      service: 'investment-promotion' | 'registry' | 'approval' | 'issue-resolution';
    };
    IndicatorDescription: {
      code: string;
      name: string;
      article: string;
      quote: string;
      definition: string;
      kind: components['schemas']['IndicatorKind'];
      period: components['schemas']['Period'] | 'date';
      progress: components['schemas']['Progress'];
      targetRule: components['schemas']['TargetRule'] | null;
      removedBy: string;
      /** @enum {string} */
      basis: 'projects' | 'statistics';
      units?: components['schemas']['UnitList'];
      minimum?: number;
    };
    /** @enum {string} */
    IndicatorKind: 'count' | 'share' | 'coverage' | 'growth';
    Indicators: {
      indicators: components['schemas']['IndicatorDescription'][];
      landmarkDepartments: components['schemas']['DepartmentList'][];
      businessDates: string;
      targets: components['schemas']['AnnualTargets'][];
      warningRules: components['schemas']['WarningRule'][];
    };
    IndicatorValue: {
      code: string;
      name: string;
      definition: string;
      actual: number;
      numerator: number;
      denominator: number | null;
      target: number | null;
      targetRule: components['schemas']['TargetRule'] | null;
      reached: number | null;
      met: boolean | null;
      source?: {
        month: string;
        publishedOn: string;
        cumulativeWan: number;
        samePeriodLastYearWan: number;
      } | null;
      units?: components['schemas']['UnitList'];
      standing: components['schemas']['Standing'];
    };
    /** @enum {string} */
    IssueCategory: 'funding' | 'land' | 'approval' | 'utilities' | 'labour' | 'technology' | 'other';
    IssueFigures: {
      reported: number;
      open: number;
      overdue: number;
      resolved: number;
      rejected: number;
      resolutionRate: number | null;
      medianWorkingDays: number | null;
    };
    IssueFiguresRow: {
      reported: number;
      open: number;
      overdue: number;
      resolved: number;
      rejected: number;
      resolutionRate: number | null;
      medianWorkingDays: number | null;
      code: string;
      name: string;
    };
    /** @enum {string} */
    IssueLevel: 'locality' | 'department' | 'project-office' | 'city-leader';
    IssueMonthRow: {
      reported: number;
      open: number;
      overdue: number;
      resolved: number;
      rejected: number;
      resolutionRate: number | null;
      medianWorkingDays: number | null;
      cycle: string;
    };
    IssueOwnerAt: {
      /** @enum {string} */
      kind: 'locality' | 'department' | 'project-office' | 'city-leader';
      code: string | null;
    };
    IssuePanel: {
      year: number;
      asOf: string;
      knownAt: string;
      live: boolean;
      closed: boolean;
      totals: components['schemas']['IssueFigures'];
      byLocality: components['schemas']['IssueFiguresRow'][];
      byDepartment: components['schemas']['IssueFiguresRow'][];
      byMonth: components['schemas']['IssueMonthRow'][];
    };
    /** @enum {string} */
    IssueStanding: 'reported' | 'distributed' | 'in-progress' | 'escalated' | 'decided' | 'resolved' | 'closed' | 'rejected' | 'withdrawn';
    LeaderIssueRow: {
      issueId: string;
      category: components['schemas']['IssueCategory'];
      description: string;
      status: components['schemas']['IssueStanding'];
      ownerName: string;
      dueOn: string | null;
      overdue: boolean;
    };
    LeaderPackage: {
      leaderId: string;
      leaderName: string;
      projects: components['schemas']['LeaderProjectRow'][];
      openIssues: number;
      overdueIssues: number;
    };
    LeaderPackages: {
      year: number;
      asOf: string;
      knownAt: string;
      live: boolean;
      closed: boolean;
      leaders: components['schemas']['LeaderPackage'][];
    };
    LeaderProjectRow: {
      projectId: string;
      name: string;
      localityCode: string;
      localityName: string;
      stage: components['schemas']['Stage'];
      totalInvestmentWan: number;
      cumulativeWan: number;
      openIssues: components['schemas']['LeaderIssueRow'][];
    };
    /** @enum {string} */
    Light: 'red' | 'yellow';
    /** @enum {string} */
    MeetingKind: 'joint' | 'dispatch' | 'coordination' | 'site';
    MonthCompliance: {
      month: string;
      /** @enum {string} */
      status: 'ended' | 'pending';
      missing: string[];
    };
    NamedDecision: {
      meetingId: string;
      decisionId: string;
      subject: string;
      owner: {
        /** @enum {string} */
        kind: 'locality' | 'department';
        code: string;
      };
      measures: string;
      deadline: string;
      doneOn: string | null;
      issueId: string | null;
      projectId: string | null;
      projectName: string | null;
      standing: components['schemas']['DecisionStanding'];
      workingDaysOverdue: number | null;
      ownerName: string;
      standingLabel: string;
    };
    NamedReportMeeting: {
      meetingId: string;
      kind: components['schemas']['MeetingKind'];
      title: string;
      date: string;
      chair: string;
      decisions: components['schemas']['NamedDecision'][];
    };
    OwnerTallyRow: {
      /** @enum {string} */
      kind: 'locality' | 'department';
      code: string;
      ownerName: string;
      decisions: number;
      overdue: number;
      doneLate: number;
    };
    /** @enum {string} */
    Period: 'h1' | 'q1-q3' | 'year';
    /** @enum {string} */
    PlanKind: 'new-start' | 'continuing';
    /** @enum {string} */
    Progress: 'cumulative' | 'level';
    ProjectHistory: {
      projectId: string;
      name: string;
      current: components['schemas']['ProjectRecord'];
      events: components['schemas']['HistoryEntry'][];
    };
    ProjectRecord: {
      projectId: string;
      name: string;
      localityCode: string;
      departmentCode: string;
      categoryCode: string;
      subKindCode: string | null;
      industrial: boolean;
      sourceCode: string;
      investor: string | null;
      totalInvestmentWan: number;
      nationalCode: string | null;
      leading: boolean;
      landmark: boolean;
      threeEarly: boolean;
      reserveLevels: components['schemas']['ReserveLevel'][];
      siteInDevelopmentZone: boolean;
      siteReady: boolean;
      referenceVersion: string;
      registeredOn: string | null;
      leadId: string | null;
      stage: components['schemas']['Stage'];
      stageSince: string | null;
      stageBeforeSuspension: components['schemas']['Stage'] | null;
      firstStartDate: string | null;
      completedDate: string | null;
      plans: components['schemas']['AnnualPlanEntry'][];
      resumptions: {
        year: number;
        date: string;
      }[];
      cumulativeWan: number;
      lastReportedMonth: string | null;
      reports: {
        month: string;
        cumulativeWan: number;
      }[];
      statisticsIncludedWan: number;
      leader: components['schemas']['Assignment'] | null;
      secretary: components['schemas']['Assignment'] | null;
      frontEndFundingWan: number;
      approvalsCompleted: {
        date: string;
        workingDays: number;
      } | null;
    };
    PromotionActivities: {
      held: number;
      attendance: number;
      deals: number;
      dealAmountWan: number;
      byKind: {
        kind: components['schemas']['ActivityKind'];
        name: string;
        held: number;
      }[];
    };
    PromotionFigures: {
      byStage: {
        identified: number;
        contacted: number;
        negotiating: number;
        signed: number;
        landed: number;
        lost: number;
      };
      identified: number;
      intendedWan: number;
      signed: {
        count: number;
        amountWan: number;
      };
      landed: {
        count: number;
        investmentWan: number;
      };
      conversion: number | null;
    };
    PromotionPanel: {
      year: number;
      asOf: string;
      knownAt: string;
      live: boolean;
      closed: boolean;
      totals: components['schemas']['PromotionFigures'];
      byLocality: components['schemas']['PromotionRow'][];
      byClass: components['schemas']['PromotionRow'][];
      byRegion: components['schemas']['PromotionRow'][];
      byChannel: components['schemas']['PromotionRow'][];
      activities: components['schemas']['PromotionActivities'];
      compliance: components['schemas']['Compliance'];
      warnings: components['schemas']['PromotionWarning'][];
    };
    PromotionRow: {
      byStage: {
        identified: number;
        contacted: number;
        negotiating: number;
        signed: number;
        landed: number;
        lost: number;
      };
      identified: number;
      intendedWan: number;
      signed: {
        count: number;
        amountWan: number;
      };
      landed: {
        count: number;
        investmentWan: number;
      };
      conversion: number | null;
      code: string;
      name: string;
    };
    PromotionWarning: {
      /** @enum {string} */
      rule: 'locality-activity-missing' | 'leaders-trip-missing' | 'docking-missing';
      period: string;
      code: string | null;
      message: string;
    };
    QuarterCompliance: {
      quarter: string;
      /** @enum {string} */
      status: 'ended' | 'pending';
      leadersTrips: number;
      missingDocking: components['schemas']['ActivityKind'][];
    };
    /** @enum {string} */
    ReserveLevel: 'city' | 'locality';
    /** @enum {string} */
    Stage: 'reserve' | 'docking' | 'landed' | 'preparing' | 'under-construction' | 'completed' | 'suspended' | 'cancelled';
    Standing: {
      light: components['schemas']['StandingLight'];
      label: components['schemas']['StandingLabel'];
      reason: string;
    };
    /** @enum {string} */
    StandingLabel: '已完成' | '未完成' | '已达标' | '正常' | '关注' | '滞后' | '无目标' | '暂无数据';
    /** @enum {string} */
    StandingLight: 'green' | 'yellow' | 'red' | 'none';
    StartedBeforePermit: {
      projectId: string;
      name: string;
      localityCode: string;
      startedOn: string;
      permitOn: string | null;
    };
    SupervisionList: {
      items: components['schemas']['SupervisionRow'][];
      total: number;
      page: number;
      pageSize: number;
      year: number;
      asOf: string;
      knownAt: string;
      live: boolean;
      closed: boolean;
      overdue: number;
    };
    SupervisionReport: {
      period: string;
      /** @enum {string} */
      kind: 'month' | 'quarter';
      from: string;
      to: string;
      asOf: string;
      knownAt: string;
      final: boolean;
      recordedLater: number;
      title: string;
      addressedTo: string;
      copiesTo: string[];
      basis: string;
      meetings: components['schemas']['NamedReportMeeting'][];
      carried: components['schemas']['NamedDecision'][];
      totals: {
        'done-on-time': number;
        'done-late': number;
        open: number;
        overdue: number;
        decisions: number;
      };
      owners: components['schemas']['OwnerTallyRow'][];
    };
    SupervisionRow: {
      /** @enum {string} */
      kind: 'issue' | 'decision';
      id: string;
      subject: string;
      projectId: string | null;
      projectName: string | null;
      localityCode: string | null;
      owner: components['schemas']['IssueOwnerAt'];
      level: components['schemas']['IssueLevel'] | null;
      deadline: string | null;
      overdue: boolean;
      workingDaysOverdue: number | null;
      supervisions: number;
      meetingId: string | null;
      ownerName: string;
    };
    /** @enum {string} */
    TargetRule: 'more-than' | 'at-least';
    UnitList: {
      codes: string[];
      version: string | null;
      source: string;
    };
    Warning: {
      projectId: string;
      name: string;
      localityCode: string;
      departmentCode: string;
      light: components['schemas']['Light'];
      reasons: components['schemas']['WarningReason'][];
    };
    WarningReason: {
      rule: string;
      light: components['schemas']['Light'];
      text: string;
    };
    WarningRule: {
      code: string;
      light: components['schemas']['Light'];
      article: string;
      condition: string;
    };
    WarningRules: {
      rules: components['schemas']['WarningRule'][];
    };
    Warnings: {
      items: components['schemas']['Warning'][];
      total: number;
      page: number;
      pageSize: number;
      year: number;
      asOf: string;
      knownAt: string;
      live: boolean;
      closed: boolean;
      red: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_readiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the process is alive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description never: a dead process does not answer */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DashboardController_indicators: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Indicators'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DashboardController_warningRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarningRules'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DashboardController_city: {
    parameters: {
      query?: {
        /** @description 统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天） */
        asOf?: string;
        /** @description 只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容" */
        knownAt?: string;
        /** @description 目标年度，默认 asOf 的年份 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Board'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DashboardController_changes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description event: ready | change {at} | heartbeat */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': unknown;
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DashboardController_breakdown: {
    parameters: {
      query?: {
        /** @description 统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天） */
        asOf?: string;
        /** @description 只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容" */
        knownAt?: string;
        /** @description 目标年度，默认 asOf 的年份 */
        year?: number;
        /** @description 按县（市）区或市直部门 */
        by?: 'locality' | 'department';
        /** @description 指标代码（GET /indicators，按项目计数的指标） */
        indicator?:
          | 'built-in-year'
          | 'under-construction-now'
          | 'new-starts'
          | 'industrial-share'
          | 'h1-starts'
          | 'resumption-rate'
          | 'start-rate'
          | 'rolling-reserve'
          | 'leading-per-locality'
          | 'landmark-per-department'
          | 'spring-campaign'
          | 'autumn-campaign'
          | 'approvals-within-51-days';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Breakdown'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DashboardController_drill: {
    parameters: {
      query?: {
        /** @description 统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天） */
        asOf?: string;
        /** @description 只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容" */
        knownAt?: string;
        /** @description 目标年度，默认 asOf 的年份 */
        year?: number;
        /** @description 页码 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 只看某县（市）区 */
        localityCode?:
          | 'nanguan'
          | 'kuancheng'
          | 'chaoyang'
          | 'erdao'
          | 'lvyuan'
          | 'shuangyang'
          | 'jiutai'
          | 'yushu'
          | 'dehui'
          | 'gongzhuling'
          | 'nongan'
          | 'xinqu'
          | 'jingkai'
          | 'jingyue'
          | 'qikai'
          | 'zhonghan'
          | 'lianhuashan';
        /** @description 只看某部门 */
        departmentCode?:
          | 'fgw'
          | 'gxj'
          | 'nw'
          | 'kjj'
          | 'jrb'
          | 'rsj'
          | 'swj'
          | 'lyj'
          | 'wjw'
          | 'mzj'
          | 'wgxj'
          | 'hbj'
          | 'ghj'
          | 'gtj'
          | 'czj'
          | 'jw'
          | 'xfzd'
          | 'zwgkb'
          | 'gyj'
          | 'tjj'
          | 'dxmb';
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrillDown'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 不存在，或不在调用者的权限范围内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DashboardController_approvals: {
    parameters: {
      query?: {
        /** @description 统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天） */
        asOf?: string;
        /** @description 只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容" */
        knownAt?: string;
        /** @description 目标年度，默认 asOf 的年份 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalPanel'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DashboardController_warnings: {
    parameters: {
      query?: {
        /** @description 统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天） */
        asOf?: string;
        /** @description 只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容" */
        knownAt?: string;
        /** @description 目标年度，默认 asOf 的年份 */
        year?: number;
        /** @description 页码 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
        /** @description 红灯 / 黄灯 */
        light?: 'red' | 'yellow';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Warnings'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DashboardController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectHistory'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 不存在，或不在调用者的权限范围内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_panel: {
    parameters: {
      query?: {
        /** @description 统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天） */
        asOf?: string;
        /** @description 只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容" */
        knownAt?: string;
        /** @description 目标年度，默认 asOf 的年份 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuePanel'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_supervision: {
    parameters: {
      query?: {
        /** @description 统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天） */
        asOf?: string;
        /** @description 只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容" */
        knownAt?: string;
        /** @description 目标年度，默认 asOf 的年份 */
        year?: number;
        /** @description 页码 */
        page?: number;
        /** @description 每页条数 */
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionList'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_leaders: {
    parameters: {
      query?: {
        /** @description 统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天） */
        asOf?: string;
        /** @description 只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容" */
        knownAt?: string;
        /** @description 目标年度，默认 asOf 的年份 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeaderPackages'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  IssuesController_report: {
    parameters: {
      query?: {
        /** @description 按此时刻所知出具（ISO 时间，不得晚于现在）；缺省时，已结束的报告期按其最后一天结束时所知（之后补录的不计入，只计数），未结束的按现在所知 */
        knownAt?: string;
      };
      header?: never;
      path: {
        /** @description 报告期：月份 YYYY-MM 或季度 YYYY-Qn */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionReport'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 不存在，或不在调用者的权限范围内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 报告期格式不对（report.period）或尚未开始（report.period-future），knownAt 晚于现在（query.knownAt-future） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  PromotionController_panel: {
    parameters: {
      query?: {
        /** @description 统计截止的业务日期（YYYY-MM-DD），默认今天，不得晚于今天；例如 2018-06-30 看上半年末的看板。某年度的看板最晚取该年12月31日（已结束年度的"实时"即其最后一天） */
        asOf?: string;
        /** @description 只计入此时刻之前记录的事件（ISO 时间，不得晚于现在），即"当时看板显示的内容" */
        knownAt?: string;
        /** @description 目标年度，默认 asOf 的年份 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromotionPanel'];
        };
      };
      /** @description 请求无效：字段或头部不符合规则（field、rule 指明） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 未认证：缺少令牌，或令牌无效、过期 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 无权限。允许：leadership（市项目建设领导小组）、project-office（市大项目办）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门）、leader（市级领导）、secretary（项目秘书）、statistics（市统计局） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description asOf 晚于今天（query.asOf-future）、knownAt 晚于现在（query.knownAt-future），或对统计类指标下钻/分解（indicator.notProjects） */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
}
