// Generated from docs/openapi/approval.json by apps/web/server/generate-api.ts — do not edit.
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
  '/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 批量执行命令（最多 1000 条）
     * @description 每条命令与单独发送时相同：同一请求体校验、同一权限（命令的允许角色与数据范围）、同一业务规则，按各自的幂等键只执行一次；同一对象的命令按列表顺序执行。每条命令的结果或错误在 results 的对应位置（status 为单独发送时的 HTTP 状态）。
     */
    post: operations['BatchController_batch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审批案件列表（仅本人权限范围内：县区看本地项目，部门看有本部门事项的案件），可搜索、按县区/部门/状态/超期筛选，最近立案在前 */
    get: operations['ApprovalCaseController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 案件详情：各事项状态、到期日、剩余工作日（ETag 为版本） */
    get: operations['ApprovalCaseController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-cases/{id}/items/{itemCode}/submission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 申报审批事项（申请人所在县区） */
    post: operations['ApprovalCaseController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-cases/{id}/items/{itemCode}/resubmission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按一次性告知补正后再次提交（申请人所在县区） */
    post: operations['ApprovalCaseController_resubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-cases/{id}/items/{itemCode}/supplement-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 一次性告知需补正的全部材料（办理部门） */
    post: operations['ApprovalCaseController_requestSupplements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-cases/{id}/items/{itemCode}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准（办理部门） */
    post: operations['ApprovalCaseController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-cases/{id}/items/{itemCode}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予批准并说明理由（办理部门） */
    post: operations['ApprovalCaseController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-cases/{id}/items/{itemCode}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记申请人到窗口办理一次（最多跑一次：同一环节第二次到访予以标记） */
    post: operations['ApprovalCaseController_visit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待办：本人须办理的审批事项，到期日最早的在前（部门：待审批；县区：可申报与待补正；市项目办：全部审批中事项） */
    get: operations['InboxController_inbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待办（与各服务同一格式）：本人须申报、补正或审批的事项，到期日最早的在前；网页的“我的待办”合并各服务的这一部分 */
    get: operations['InboxController_todo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reference/approval-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审批事项参考数据（2018.1 版）：办理部门、承诺时限（工作日）、前置事项 */
    get: operations['InboxController_reference'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各年度集中审批 */
    get: operations['ApprovalRoundController_list'];
    put?: never;
    /** 开启年度集中审批（一季度；汇集本年计划新开工、总投资 ≥ 10亿元、开启之日尚未开工的项目） */
    post: operations['ApprovalRoundController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-rounds/{year}/statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审批职能部门一次性明确项目需补充的手续及审批时限（每个部门对每个项目一次） */
    post: operations['ApprovalRoundController_state'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approval-rounds/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 集中审批进度：每个项目各部门明确的手续与时限，及其审批案件的办理进度 */
    get: operations['ApprovalRoundController_get'];
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
    BatchDto: {
      /**
       * @description 命令列表（1–1000 条，同一对象的命令按顺序执行）
       * @example [
       *       {
       *         "command": "docking",
       *         "id": "0b5b3c7e-7f0f-4d55-9a57-1f1d2b1c9e21",
       *         "idempotencyKey": "import-2018-03-0001",
       *         "body": {
       *           "date": "2018-03-01"
       *         }
       *       }
       *     ]
       */
      commands: (
        | components['schemas']['BatchCommand_submit-item']
        | components['schemas']['BatchCommand_resubmit-item']
        | components['schemas']['BatchCommand_request-supplements']
        | components['schemas']['BatchCommand_approve-item']
        | components['schemas']['BatchCommand_reject-item']
        | components['schemas']['BatchCommand_record-visit']
        | components['schemas']['BatchCommand_open-round']
        | components['schemas']['BatchCommand_state-procedures']
      )[];
    };
    CommandEventDto: {
      /** @example ProjectStageAdvanced */
      type: string;
      streamVersion: number;
      /** @description 事件内容（见事件目录） */
      data: {
        [key: string]: unknown;
      };
    };
    CommandResultDto: {
      /** @description 对象编号 */
      id: string;
      /** @description 新版本号（亦为 ETag） */
      version: number;
      /** @description 本命令产生的事件 */
      events: components['schemas']['CommandEventDto'][];
      /** @description 是否为同一幂等键的重试（返回首次结果） */
      replayed: boolean;
    };
    BatchErrorDto: {
      statusCode: number;
      error: string;
      /** @description 违反的规则 */
      rule: string;
      /** @description 出错的字段 */
      field?: string;
      message: string;
    };
    BatchSlotDto: {
      /** @description 命令在列表中的位置（从 0 起） */
      index: number;
      /** @description 该命令单独发送时的 HTTP 状态 */
      status: number;
      result?: components['schemas']['CommandResultDto'];
      error?: components['schemas']['BatchErrorDto'];
    };
    BatchResponseDto: {
      results: components['schemas']['BatchSlotDto'][];
      /** @description 新执行的命令数 */
      applied: number;
      /** @description 重试（已执行过）的命令数 */
      replayed: number;
      /** @description 被拒绝的命令数 */
      refused: number;
    };
    SubmitItemDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期）
       * @example 2018-03-05
       */
      date: string;
      /**
       * @description 材料清单（每项一个名称）
       * @example [
       *       "项目申请报告",
       *       "用地红线图"
       *     ]
       */
      documents: string[];
    };
    ResubmitItemDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期）
       * @example 2018-03-05
       */
      date: string;
      /**
       * @description 材料清单（每项一个名称）
       * @example [
       *       "项目申请报告",
       *       "用地红线图"
       *     ]
       */
      documents: string[];
    };
    RequestSupplementsDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期）
       * @example 2018-03-05
       */
      date: string;
      /**
       * @description 材料清单（每项一个名称）
       * @example [
       *       "项目申请报告",
       *       "用地红线图"
       *     ]
       */
      documents: string[];
      /**
       * @description 告知说明
       * @example 请补正用地红线图原件
       */
      note?: string;
    };
    ApproveItemDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期）
       * @example 2018-03-05
       */
      date: string;
      /**
       * @description 办结意见
       * @example 同意
       */
      note?: string;
    };
    RejectItemDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期）
       * @example 2018-03-05
       */
      date: string;
      /**
       * @description 不予批准的理由
       * @example 选址不符合城市总体规划
       */
      reasons: string;
    };
    RecordVisitDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期）
       * @example 2018-03-05
       */
      date: string;
      /**
       * @description 到访环节：submission 申报、supplement 补正、collection 领取批文
       * @example submission
       * @enum {string}
       */
      step: 'submission' | 'supplement' | 'collection';
    };
    OpenRoundDto: {
      /**
       * @description 年度
       * @example 2018
       */
      year: number;
      /**
       * Format: date
       * @description 开启日期（须在该年一季度）
       * @example 2018-01-15
       */
      date: string;
    };
    StateProceduresDto: {
      /**
       * Format: uuid
       * @description 项目编号
       * @example 3f0c9a52-8b1e-4d7a-9c61-2b7e5d1a4c90
       */
      projectId: string;
      /**
       * @description 审批职能部门代码
       * @example hbj
       * @enum {string}
       */
      departmentCode:
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
      /**
       * @description 需补充完善的手续（一次列明；无则为空）
       * @example [
       *       "环境影响评价报告书"
       *     ]
       */
      procedures: string[];
      /**
       * Format: date
       * @description 审批时限（办结期限）
       * @example 2018-03-20
       */
      deadline: string;
      /**
       * Format: date
       * @description 明确之日
       * @example 2018-01-20
       */
      date: string;
    };
    'BatchCommand_submit-item': {
      /**
       * @description 申报审批事项（申请人所在县区） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'submit-item';
      body: components['schemas']['SubmitItemDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
      /**
       * Format: uuid
       * @description 对象编号
       */
      id: string;
      params: {
        itemCode: string;
      };
    };
    'BatchCommand_resubmit-item': {
      /**
       * @description 按一次性告知补正后再次提交（申请人所在县区） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'resubmit-item';
      body: components['schemas']['ResubmitItemDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
      /**
       * Format: uuid
       * @description 对象编号
       */
      id: string;
      params: {
        itemCode: string;
      };
    };
    'BatchCommand_request-supplements': {
      /**
       * @description 一次性告知需补正的全部材料（办理部门） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'request-supplements';
      body: components['schemas']['RequestSupplementsDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
      /**
       * Format: uuid
       * @description 对象编号
       */
      id: string;
      params: {
        itemCode: string;
      };
    };
    'BatchCommand_approve-item': {
      /**
       * @description 批准（办理部门） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'approve-item';
      body: components['schemas']['ApproveItemDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
      /**
       * Format: uuid
       * @description 对象编号
       */
      id: string;
      params: {
        itemCode: string;
      };
    };
    'BatchCommand_reject-item': {
      /**
       * @description 不予批准并说明理由（办理部门） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'reject-item';
      body: components['schemas']['RejectItemDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
      /**
       * Format: uuid
       * @description 对象编号
       */
      id: string;
      params: {
        itemCode: string;
      };
    };
    'BatchCommand_record-visit': {
      /**
       * @description 登记申请人到窗口办理一次（最多跑一次：同一环节第二次到访予以标记） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'record-visit';
      body: components['schemas']['RecordVisitDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
      /**
       * Format: uuid
       * @description 对象编号
       */
      id: string;
      params: {
        itemCode: string;
      };
    };
    'BatchCommand_open-round': {
      /**
       * @description 开启年度集中审批（一季度；汇集本年计划新开工、总投资 ≥ 10亿元、开启之日尚未开工的项目） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'open-round';
      body: components['schemas']['OpenRoundDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
    };
    'BatchCommand_state-procedures': {
      /**
       * @description 审批职能部门一次性明确项目需补充的手续及审批时限（每个部门对每个项目一次） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'state-procedures';
      body: components['schemas']['StateProceduresDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
      /** @description 对象编号（年份，如 2018） */
      id: string;
    };
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
    ApprovalCase: components['schemas']['ApprovalCaseNow'];
    ApprovalCaseNow: {
      projectId: string;
      projectName: string;
      localityCode: string;
      categoryCode: string;
      totalInvestmentWan: number;
      openedOn: string;
      referenceVersion: string;
      completedOn: string | null;
      workingDays: number | null;
      items: components['schemas']['ApprovalItemNow'][];
      /** @enum {string} */
      status: 'open' | 'completed';
      departmentCodes: string[];
      version: number;
      updatedAt: string;
      asOf: string;
    };
    ApprovalCasePage: components['schemas']['Page_ApprovalCaseNow'];
    ApprovalItemDefinition: {
      code: string;
      name: string;
      departmentCode: string;
      limitDays: number;
      prerequisites: string[];
    };
    ApprovalItemNow: {
      code: string;
      departmentCode: string;
      limitDays: number;
      prerequisites: string[];
      status: components['schemas']['ItemStatus'];
      submittedOn: string | null;
      notice: string[] | null;
      waits: {
        from: string;
        to: string | null;
      }[];
      reviews: components['schemas']['Span'][];
      decidedOn: string | null;
      workingDays: number | null;
      overdueReported: boolean;
      visits: {
        submission: number;
        supplement: number;
        collection: number;
      };
      lastDate: string | null;
      name: string;
      dueOn: string | null;
      decidedWithinLimit?: boolean;
      dueUnknown?: string;
      workingDaysLeft: number | null;
      statusLabel: string;
    };
    ApprovalItemsReference: {
      version: string;
      items: components['schemas']['ApprovalItemDefinition'][];
      statuses: {
        'not-submitted': string;
        'under-review': string;
        'awaiting-supplements': string;
        approved: string;
        rejected: string;
      };
    };
    Inbox: {
      items: components['schemas']['InboxRow'][];
      total: number;
      page: number;
      pageSize: number;
      asOf: string;
    };
    /** @enum {string} */
    InboxAction: 'decide' | 'submit' | 'resubmit';
    InboxRow: {
      projectId: string;
      projectName: string;
      localityCode: string;
      localityName: string;
      itemCode: string;
      itemName: string;
      departmentCode: string;
      departmentName: string;
      status: components['schemas']['ItemStatus'];
      statusLabel: string;
      action: components['schemas']['InboxAction'];
      actionLabel: string;
      submittedOn: string | null;
      dueOn: string | null;
      workingDaysLeft: number | null;
      overdue: boolean;
      overdueReported: boolean;
    };
    /** @enum {string} */
    ItemStatus: 'not-submitted' | 'under-review' | 'awaiting-supplements' | 'approved' | 'rejected';
    Page_ApprovalCaseNow: {
      items: components['schemas']['ApprovalCaseNow'][];
      total: number;
      page: number;
      pageSize: number;
    };
    RoundList: {
      items: components['schemas']['RoundSummary'][];
    };
    RoundProgress: {
      year: number;
      openedOn: string;
      version: number;
      projects: components['schemas']['RoundProgressRow'][];
      done: number;
      total: number;
    };
    RoundProgressRow: {
      projectId: string;
      name: string;
      localityCode: string;
      totalInvestmentWan: number;
      statements: components['schemas']['RoundStatement'][];
      case: {
        /** @enum {string} */
        status: 'open' | 'completed';
        approvedItems: number;
        items: number;
        completedOn: string | null;
        workingDays: number | null;
      } | null;
      done: boolean;
    };
    RoundStatement: {
      projectId: string;
      departmentCode: string;
      procedures: string[];
      deadline: string;
      date: string;
    };
    RoundSummary: {
      year: number;
      openedOn: string;
      version: number;
      updatedAt: string;
      projects: number;
    };
    /** @enum {string} */
    ServiceName: 'registry' | 'investment-promotion' | 'approval' | 'issue-resolution' | 'assessment' | 'projection';
    Span: {
      from: string;
      to: string;
    };
    Todo: {
      items: components['schemas']['TodoEntry'][];
      total: number;
    };
    TodoEntry: {
      service: components['schemas']['ServiceName'];
      kind: string;
      id: string;
      title: string;
      projectId: string | null;
      projectName: string | null;
      action: string;
      actionLabel: string;
      dueOn: string | null;
      overdue: boolean;
      link: string;
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
  BatchController_batch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BatchDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchResponseDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、leader（市级领导）、secretary（项目秘书）、leadership（市项目建设领导小组）、statistics（市统计局）、admin（系统管理员） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 冲突：版本已变化（If-Match），或与现有数据冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求体过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 只接受 application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 违反业务规则：rule 字段给出规则名 */
      422: {
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
  ApprovalCaseController_list: {
    parameters: {
      query?: {
        /** @description 县（市）区/开发区代码 */
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
        /** @description 案件状态：open 办理中、completed 已办结 */
        status?: 'open' | 'completed';
        /** @description 搜索：项目名称包含 */
        q?: string;
        /** @description 有该部门审批事项的案件 */
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
        /** @description 只看有超期事项（今天已过到期日）的案件，或只看没有的 */
        overdue?: boolean;
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
          'application/json': components['schemas']['ApprovalCasePage'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、leader（市级领导）、secretary（项目秘书）、leadership（市项目建设领导小组）、statistics（市统计局）、admin（系统管理员） */
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
  ApprovalCaseController_get: {
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
      /** @description 案件及其事项（ETag 为版本） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalCase'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、leader（市级领导）、secretary（项目秘书）、leadership（市项目建设领导小组）、statistics（市统计局）、admin（系统管理员） */
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
  ApprovalCaseController_submit: {
    parameters: {
      query?: never;
      header?: {
        /** @description 当前版本（GET 返回的 ETag）；版本已变化时返回 409 */
        'If-Match'?: string;
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description 审批事项代码（GET /reference/approval-items）：site-selection 规划选址；land-pre-review 用地预审；environmental-impact 环境影响评价；project-decision 可行性研究/核准/备案；survey-design 勘测设计审查；planning-permit 建设工程规划许可；fire-design 消防设计审查；construction-permit 施工许可 */
        itemCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitItemDto'];
      };
    };
    responses: {
      /** @description 命令结果：新版本号、产生的事件、是否为重试（replayed）；ETag 为新版本 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、project-office（市大项目办）、admin（系统管理员） */
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
      /** @description 冲突：版本已变化（If-Match），或与现有数据冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求体过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 只接受 application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 违反业务规则：rule 字段给出规则名 */
      422: {
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
  ApprovalCaseController_resubmit: {
    parameters: {
      query?: never;
      header?: {
        /** @description 当前版本（GET 返回的 ETag）；版本已变化时返回 409 */
        'If-Match'?: string;
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description 审批事项代码（GET /reference/approval-items）：site-selection 规划选址；land-pre-review 用地预审；environmental-impact 环境影响评价；project-decision 可行性研究/核准/备案；survey-design 勘测设计审查；planning-permit 建设工程规划许可；fire-design 消防设计审查；construction-permit 施工许可 */
        itemCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResubmitItemDto'];
      };
    };
    responses: {
      /** @description 命令结果：新版本号、产生的事件、是否为重试（replayed）；ETag 为新版本 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、project-office（市大项目办）、admin（系统管理员） */
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
      /** @description 冲突：版本已变化（If-Match），或与现有数据冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求体过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 只接受 application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 违反业务规则：rule 字段给出规则名 */
      422: {
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
  ApprovalCaseController_requestSupplements: {
    parameters: {
      query?: never;
      header?: {
        /** @description 当前版本（GET 返回的 ETag）；版本已变化时返回 409 */
        'If-Match'?: string;
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description 审批事项代码（GET /reference/approval-items）：site-selection 规划选址；land-pre-review 用地预审；environmental-impact 环境影响评价；project-decision 可行性研究/核准/备案；survey-design 勘测设计审查；planning-permit 建设工程规划许可；fire-design 消防设计审查；construction-permit 施工许可 */
        itemCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestSupplementsDto'];
      };
    };
    responses: {
      /** @description 命令结果：新版本号、产生的事件、是否为重试（replayed）；ETag 为新版本 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
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
      /** @description 无权限。允许：department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
      /** @description 冲突：版本已变化（If-Match），或与现有数据冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求体过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 只接受 application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 违反业务规则：rule 字段给出规则名 */
      422: {
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
  ApprovalCaseController_approve: {
    parameters: {
      query?: never;
      header?: {
        /** @description 当前版本（GET 返回的 ETag）；版本已变化时返回 409 */
        'If-Match'?: string;
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description 审批事项代码（GET /reference/approval-items）：site-selection 规划选址；land-pre-review 用地预审；environmental-impact 环境影响评价；project-decision 可行性研究/核准/备案；survey-design 勘测设计审查；planning-permit 建设工程规划许可；fire-design 消防设计审查；construction-permit 施工许可 */
        itemCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveItemDto'];
      };
    };
    responses: {
      /** @description 命令结果：新版本号、产生的事件、是否为重试（replayed）；ETag 为新版本 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
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
      /** @description 无权限。允许：department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
      /** @description 冲突：版本已变化（If-Match），或与现有数据冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求体过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 只接受 application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 违反业务规则：rule 字段给出规则名 */
      422: {
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
  ApprovalCaseController_reject: {
    parameters: {
      query?: never;
      header?: {
        /** @description 当前版本（GET 返回的 ETag）；版本已变化时返回 409 */
        'If-Match'?: string;
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description 审批事项代码（GET /reference/approval-items）：site-selection 规划选址；land-pre-review 用地预审；environmental-impact 环境影响评价；project-decision 可行性研究/核准/备案；survey-design 勘测设计审查；planning-permit 建设工程规划许可；fire-design 消防设计审查；construction-permit 施工许可 */
        itemCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectItemDto'];
      };
    };
    responses: {
      /** @description 命令结果：新版本号、产生的事件、是否为重试（replayed）；ETag 为新版本 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
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
      /** @description 无权限。允许：department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
      /** @description 冲突：版本已变化（If-Match），或与现有数据冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求体过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 只接受 application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 违反业务规则：rule 字段给出规则名 */
      422: {
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
  ApprovalCaseController_visit: {
    parameters: {
      query?: never;
      header?: {
        /** @description 当前版本（GET 返回的 ETag）；版本已变化时返回 409 */
        'If-Match'?: string;
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /** @description 审批事项代码（GET /reference/approval-items）：site-selection 规划选址；land-pre-review 用地预审；environmental-impact 环境影响评价；project-decision 可行性研究/核准/备案；survey-design 勘测设计审查；planning-permit 建设工程规划许可；fire-design 消防设计审查；construction-permit 施工许可 */
        itemCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordVisitDto'];
      };
    };
    responses: {
      /** @description 命令结果：新版本号、产生的事件、是否为重试（replayed）；ETag 为新版本 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
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
      /** @description 无权限。允许：department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
      /** @description 冲突：版本已变化（If-Match），或与现有数据冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求体过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 只接受 application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 违反业务规则：rule 字段给出规则名 */
      422: {
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
  InboxController_inbox: {
    parameters: {
      query?: {
        /** @description 只看本人待办（目前唯一取值 me） */
        assignedTo?: 'me';
        /** @description 只看到期日不晚于此日的事项 */
        due?: string;
        /** @description 事项状态 */
        status?: 'not-submitted' | 'under-review' | 'awaiting-supplements' | 'approved' | 'rejected';
        /** @description 搜索：项目名称或审批事项名称包含 */
        q?: string;
        /** @description 申请人所属县（市）区/开发区 */
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
        /** @description 审批部门 */
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
        /** @description 审批事项 */
        itemCode?:
          | 'site-selection'
          | 'land-pre-review'
          | 'environmental-impact'
          | 'project-decision'
          | 'survey-design'
          | 'planning-permit'
          | 'fire-design'
          | 'construction-permit';
        /** @description 只看超期（今天已过到期日）或只看未超期 */
        overdue?: boolean;
        /** @description 排序：due 到期日最早在前（默认）；newest 最近申报在前 */
        sort?: 'due' | 'newest';
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
          'application/json': components['schemas']['Inbox'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
  InboxController_todo: {
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
          'application/json': components['schemas']['Todo'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
  InboxController_reference: {
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
          'application/json': components['schemas']['ApprovalItemsReference'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、leader（市级领导）、secretary（项目秘书）、leadership（市项目建设领导小组）、statistics（市统计局）、admin（系统管理员） */
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
  ApprovalRoundController_list: {
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
          'application/json': components['schemas']['RoundList'];
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
      /** @description 无权限。允许：department（市直部门）、project-office（市大项目办）、leader（市级领导）、leadership（市项目建设领导小组）、admin（系统管理员） */
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
  ApprovalRoundController_open: {
    parameters: {
      query?: never;
      header?: {
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenRoundDto'];
      };
    };
    responses: {
      /** @description 已开启；events[0].data.projects 为汇集的项目 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
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
      /** @description 无权限。允许：project-office（市大项目办）、admin（系统管理员） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 冲突：版本已变化（If-Match），或与现有数据冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求体过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 只接受 application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 违反业务规则：rule 字段给出规则名 */
      422: {
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
  ApprovalRoundController_state: {
    parameters: {
      query?: never;
      header?: {
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description 年度 */
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StateProceduresDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResultDto'];
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
      /** @description 无权限。允许：department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
      /** @description 冲突：版本已变化（If-Match），或与现有数据冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 请求体过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 只接受 application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 违反业务规则：rule 字段给出规则名 */
      422: {
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
  ApprovalRoundController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 年度 */
        year: string;
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
          'application/json': components['schemas']['RoundProgress'];
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
      /** @description 无权限。允许：department（市直部门）、project-office（市大项目办）、leader（市级领导）、leadership（市项目建设领导小组）、admin（系统管理员） */
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
}
