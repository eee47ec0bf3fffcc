// Generated from docs/openapi/issue-resolution.json by apps/web/server/generate-api.ts — do not edit.
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
  '/issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 项目问题列表（仅本人权限范围内：县区看本地项目的，部门看本部门上报、承办的），可按县区、部门、项目、状态、周期、类别筛选，最近上报在前 */
    get: operations['IssueController_list'];
    put?: never;
    /** 上报项目问题（县区只能上报本地项目；市直部门、市大项目办可上报任一项目） */
    post: operations['IssueController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 问题详情及办理经过（ETag 为版本） */
    get: operations['IssueController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/distribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 分发至责任部门并定办结时限（市大项目办） */
    post: operations['IssueController_distribute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予受理并说明理由（市大项目办） */
    post: operations['IssueController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 受理（责任单位） */
    post: operations['IssueController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录办理进展（责任单位或上报方） */
    post: operations['IssueController_note'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/escalation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 申请升级到上一层级（责任单位或上报方）：属地 → 责任部门 → 市大项目办 → 包保市级领导 */
    post: operations['IssueController_escalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记会议对问题的决定：牵头单位、措施、时限（市大项目办，须为已登记的会议） */
    post: operations['IssueController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/supervision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 督办：限期办结（市大项目办） */
    post: operations['IssueController_supervise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/resolution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报告问题已解决（责任单位），待上报方确认 */
    post: operations['IssueController_resolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认已解决，问题销号（仅上报方） */
    post: operations['IssueController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/issues/{id}/reopening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不认可解决结果，退回重新办理（仅上报方） */
    post: operations['IssueController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 会议列表（最近的在前） */
    get: operations['MeetingController_list'];
    put?: never;
    /** 登记会议及其纪要（市大项目办） */
    post: operations['MeetingController_hold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 会议纪要：纪要中的决定事项，以及会上对上报问题作出的决定（各自的牵头单位、时限与办理状态） */
    get: operations['MeetingController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记纪要中的一项决定：牵头单位、措施、完成时限（市大项目办） */
    post: operations['MeetingController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/meetings/{id}/decisions/{decisionId}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 决定事项办结（牵头单位或市大项目办） */
    post: operations['MeetingController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cycles/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 月度周期看板（§32）：报送（10日）、分发（15日）、联席会议（25日）三个节点的截止日（逢非工作日顺延）与到期记录，本周期问题按办理阶段分列（仅本人权限范围内） */
    get: operations['CycleController_board'];
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
    /** 待办：本人须办理的问题（分发、受理、办理、会议决定、领导协调、确认销号）与会议决定事项，办结时限最近的在前；与其他服务的待办同一格式 */
    get: operations['InboxController_inbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reference/issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 问题解决的参考数据：问题类别、状态、责任层级、会议类别、月度周期节点的代码与中文名称 */
    get: operations['ReferenceController_issues'];
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
        | components['schemas']['BatchCommand_report-issue']
        | components['schemas']['BatchCommand_distribute-issue']
        | components['schemas']['BatchCommand_reject-issue']
        | components['schemas']['BatchCommand_accept-issue']
        | components['schemas']['BatchCommand_note-progress']
        | components['schemas']['BatchCommand_request-escalation']
        | components['schemas']['BatchCommand_decide-issue']
        | components['schemas']['BatchCommand_supervise-issue']
        | components['schemas']['BatchCommand_resolve-issue']
        | components['schemas']['BatchCommand_confirm-resolution']
        | components['schemas']['BatchCommand_reopen-issue']
        | components['schemas']['BatchCommand_hold-meeting']
        | components['schemas']['BatchCommand_record-decision']
        | components['schemas']['BatchCommand_complete-decision']
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
    ReportIssueDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
      /**
       * Format: uuid
       * @description 项目编号（项目储备库）
       * @example 5b0c0f8e-7c1a-4d7e-9a51-3f2f6f7d1a01
       */
      projectId: string;
      /**
       * @description 问题类别：funding 资金、land 用地、approval 审批、utilities 配套、labour 用工、technology 技术、other 其他
       * @example land
       * @enum {string}
       */
      category: 'funding' | 'land' | 'approval' | 'utilities' | 'labour' | 'technology' | 'other';
      /**
       * @description 问题描述
       * @example 项目用地指标不足，需市级统筹调剂
       */
      description: string;
    };
    DistributeIssueDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 责任部门代码
       * @example gtj
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
       * Format: date
       * @description 办结时限（须晚于上报日和分发日）
       * @example 2018-05-31
       */
      deadline: string;
      /**
       * @description 分发说明
       * @example 请于月底前提出解决方案
       */
      note?: string;
    };
    RejectIssueDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 不予受理的理由
       * @example 与4月已上报问题重复
       */
      reason: string;
    };
    AcceptIssueDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
    };
    NoteProgressDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 办理进展
       * @example 已与省国土厅对接，指标调剂方案报审中
       */
      note: string;
    };
    RequestEscalationDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 申请升级的理由
       * @example 涉及多部门，需市级统筹
       */
      reason: string;
    };
    DecideIssueDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
      /**
       * Format: uuid
       * @description 作出决定的会议编号（会议纪要须先登记）
       * @example 9a1c0f8e-7c1a-4d7e-9a51-3f2f6f7d1a02
       */
      meetingId: string;
      /**
       * @description 牵头单位类别：department 市直部门、locality 县（市）区/开发区
       * @example department
       * @enum {string}
       */
      ownerKind: 'department' | 'locality';
      /**
       * @description 牵头单位代码（部门或县区代码，与类别一致）
       * @example gtj
       * @enum {string}
       */
      ownerCode:
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
        | 'dxmb'
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
      /**
       * @description 解决措施
       * @example 由市国土局牵头统筹调剂用地指标
       */
      measures: string;
      /**
       * Format: date
       * @description 完成时限（须晚于会议日期）
       * @example 2018-06-30
       */
      deadline: string;
    };
    SuperviseIssueDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 督办通知编号
       * @example 督办〔2018〕12号
       */
      noticeId: string;
      /**
       * @description 督办要求
       * @example 请于6月15日前办结并报送结果
       */
      note: string;
      /**
       * Format: date
       * @description 督办时限（成为问题的办结时限）
       * @example 2018-06-15
       */
      deadline: string;
    };
    ResolveIssueDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 解决情况
       * @example 用地指标已调剂到位
       */
      resolution: string;
    };
    ConfirmResolutionDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
    };
    ReopenIssueDto: {
      /**
       * Format: date
       * @description 办理日期（业务日期，不得晚于今天）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 不认可的理由
       * @example 指标尚未正式下达
       */
      reason: string;
    };
    HoldMeetingDto: {
      /**
       * @description 会议类别：joint 联席会议（每月25日前，§32）、dispatch 调度会议（每月，§35）、coordination 协调对接会议（每季度，§33）、site 包保领导现场协调会（§35）
       * @example joint
       * @enum {string}
       */
      kind: 'joint' | 'dispatch' | 'coordination' | 'site';
      /**
       * @description 会议名称
       * @example 2018年5月项目建设联席会议
       */
      title: string;
      /**
       * Format: date
       * @description 会议日期
       * @example 2018-05-25
       */
      date: string;
      /**
       * @description 主持
       * @example 市项目建设领导小组办公室
       */
      chair: string;
      /**
       * @description 参会单位代码（部门、县区）
       * @example [
       *       "gtj",
       *       "qikai"
       *     ]
       */
      attendees: (
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
        | 'dxmb'
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
        | 'lianhuashan'
      )[];
      /** @description 纪要摘要 */
      summary?: string;
    };
    RecordDecisionDto: {
      /**
       * @description 决定事项
       * @example 汽开区配套道路建设
       */
      subject: string;
      /**
       * @description 牵头单位类别：department 市直部门、locality 县（市）区/开发区
       * @example department
       * @enum {string}
       */
      ownerKind: 'department' | 'locality';
      /**
       * @description 牵头单位代码（与类别一致）
       * @example jw
       * @enum {string}
       */
      ownerCode:
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
        | 'dxmb'
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
      /**
       * @description 措施
       * @example 6月底前开工建设
       */
      measures: string;
      /**
       * Format: date
       * @description 完成时限（须晚于会议日期）
       * @example 2018-06-30
       */
      deadline: string;
    };
    CompleteDecisionDto: {
      /**
       * Format: date
       * @description 办结日期
       * @example 2018-06-28
       */
      date: string;
      /**
       * @description 办结情况
       * @example 道路已开工
       */
      note: string;
    };
    'BatchCommand_report-issue': {
      /**
       * @description 上报项目问题（县区只能上报本地项目；市直部门、市大项目办可上报任一项目） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'report-issue';
      body: components['schemas']['ReportIssueDto'];
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
    'BatchCommand_distribute-issue': {
      /**
       * @description 分发至责任部门并定办结时限（市大项目办） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'distribute-issue';
      body: components['schemas']['DistributeIssueDto'];
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
    };
    'BatchCommand_reject-issue': {
      /**
       * @description 不予受理并说明理由（市大项目办） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'reject-issue';
      body: components['schemas']['RejectIssueDto'];
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
    };
    'BatchCommand_accept-issue': {
      /**
       * @description 受理（责任单位） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'accept-issue';
      body: components['schemas']['AcceptIssueDto'];
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
    };
    'BatchCommand_note-progress': {
      /**
       * @description 记录办理进展（责任单位或上报方） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'note-progress';
      body: components['schemas']['NoteProgressDto'];
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
    };
    'BatchCommand_request-escalation': {
      /**
       * @description 申请升级到上一层级（责任单位或上报方）：属地 → 责任部门 → 市大项目办 → 包保市级领导 (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'request-escalation';
      body: components['schemas']['RequestEscalationDto'];
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
    };
    'BatchCommand_decide-issue': {
      /**
       * @description 登记会议对问题的决定：牵头单位、措施、时限（市大项目办，须为已登记的会议） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'decide-issue';
      body: components['schemas']['DecideIssueDto'];
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
    };
    'BatchCommand_supervise-issue': {
      /**
       * @description 督办：限期办结（市大项目办） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'supervise-issue';
      body: components['schemas']['SuperviseIssueDto'];
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
    };
    'BatchCommand_resolve-issue': {
      /**
       * @description 报告问题已解决（责任单位），待上报方确认 (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'resolve-issue';
      body: components['schemas']['ResolveIssueDto'];
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
    };
    'BatchCommand_confirm-resolution': {
      /**
       * @description 确认已解决，问题销号（仅上报方） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'confirm-resolution';
      body: components['schemas']['ConfirmResolutionDto'];
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
    };
    'BatchCommand_reopen-issue': {
      /**
       * @description 不认可解决结果，退回重新办理（仅上报方） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'reopen-issue';
      body: components['schemas']['ReopenIssueDto'];
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
    };
    'BatchCommand_hold-meeting': {
      /**
       * @description 登记会议及其纪要（市大项目办） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'hold-meeting';
      body: components['schemas']['HoldMeetingDto'];
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
    'BatchCommand_record-decision': {
      /**
       * @description 登记纪要中的一项决定：牵头单位、措施、完成时限（市大项目办） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'record-decision';
      body: components['schemas']['RecordDecisionDto'];
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
    };
    'BatchCommand_complete-decision': {
      /**
       * @description 决定事项办结（牵头单位或市大项目办） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'complete-decision';
      body: components['schemas']['CompleteDecisionDto'];
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
        decisionId: string;
      };
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
    CycleBoard: {
      cycle: string;
      total: number;
      milestones: {
        milestone: components['schemas']['CycleMilestone'];
        label: string;
        deadline: string;
        passed: {
          deadline: string;
          detectedOn: string;
          pending: number;
        } | null;
      }[];
      columns: {
        column: components['schemas']['CycleColumn'];
        label: string;
        count: number;
        issues: components['schemas']['IssueSummary'][];
      }[];
    };
    /** @enum {string} */
    CycleColumn: 'reported' | 'handling' | 'meeting' | 'leader' | 'resolved' | 'rejected';
    /** @enum {string} */
    CycleMilestone: 'reporting' | 'distribution' | 'meeting';
    DecisionOwner: {
      /** @enum {string} */
      kind: 'locality' | 'department';
      code: string;
    };
    Inbox: {
      items: components['schemas']['InboxEntry'][];
      total: number;
    };
    InboxEntry: components['schemas']['TodoEntry'];
    Issue: components['schemas']['IssueView'];
    /** @enum {string} */
    IssueCategory: 'funding' | 'land' | 'approval' | 'utilities' | 'labour' | 'technology' | 'other';
    IssueDecision: {
      meetingId: string;
      owner: {
        /** @enum {string} */
        kind: 'locality' | 'department';
        code: string;
      };
      measures: string;
      deadline: string;
      date: string;
    };
    IssueDecisionRow: {
      issueId: string;
      projectId: string;
      projectName: string;
      status: components['schemas']['IssueStatus'];
      decision: components['schemas']['IssueDecision'];
    };
    /** @enum {string} */
    IssueLevel: 'locality' | 'department' | 'project-office' | 'city-leader';
    IssueLogEntry: {
      type: string;
      label: string;
      date: string;
      text: string | null;
      actor: string | null;
    };
    IssueOwner: {
      /** @enum {string} */
      kind: 'locality' | 'department' | 'project-office' | 'city-leader';
      code: string | null;
    };
    IssuePage: components['schemas']['Page_IssueView'];
    IssueReference: {
      categories: components['schemas']['Labelled'][];
      statuses: components['schemas']['Labelled'][];
      levels: components['schemas']['Labelled'][];
      meetingKinds: components['schemas']['Labelled'][];
      milestones: components['schemas']['Labelled'][];
    };
    IssueReporter: {
      /** @enum {string} */
      kind: 'locality' | 'department' | 'project-office';
      code: string | null;
    };
    /** @enum {string} */
    IssueStatus: 'reported' | 'distributed' | 'in-progress' | 'escalated' | 'decided' | 'resolved' | 'closed' | 'rejected';
    IssueSummary: {
      issueId: string;
      projectId: string;
      projectName: string;
      localityCode: string;
      reporter: components['schemas']['IssueReporter'];
      category: components['schemas']['IssueCategory'];
      description: string;
      reportedOn: string;
      cycle: string;
      /** @enum {string} */
      source: 'reported' | 'approval-overdue';
      approvalItem: {
        itemCode: string;
        departmentCode: string;
        key: string;
      } | null;
      status: components['schemas']['IssueStatus'];
      level: components['schemas']['IssueLevel'];
      departmentCode: string | null;
      owner: components['schemas']['IssueOwner'];
      deadline: string | null;
      overdue: string[];
      decision: components['schemas']['IssueDecision'] | null;
      supervisions: {
        noticeId: string;
        deadline: string;
        date: string;
      }[];
      resolvedOn: string | null;
      closedOn: string | null;
      reason: string | null;
      reopened: number;
      lastDate: string;
      version: number;
      updatedAt: string;
      open: boolean;
      ownerKind: string;
      ownerCode: string | null;
      reporterKind: string;
      reporterCode: string | null;
      dueOn: string | null;
    };
    IssueView: {
      issueId: string;
      projectId: string;
      projectName: string;
      localityCode: string;
      reporter: components['schemas']['IssueReporter'];
      category: components['schemas']['IssueCategory'];
      description: string;
      reportedOn: string;
      cycle: string;
      /** @enum {string} */
      source: 'reported' | 'approval-overdue';
      approvalItem: {
        itemCode: string;
        departmentCode: string;
        key: string;
      } | null;
      status: components['schemas']['IssueStatus'];
      level: components['schemas']['IssueLevel'];
      departmentCode: string | null;
      owner: components['schemas']['IssueOwner'];
      deadline: string | null;
      overdue: string[];
      decision: components['schemas']['IssueDecision'] | null;
      supervisions: {
        noticeId: string;
        deadline: string;
        date: string;
      }[];
      resolvedOn: string | null;
      closedOn: string | null;
      reason: string | null;
      reopened: number;
      lastDate: string;
      version: number;
      updatedAt: string;
      open: boolean;
      ownerKind: string;
      ownerCode: string | null;
      reporterKind: string;
      reporterCode: string | null;
      dueOn: string | null;
      log: components['schemas']['IssueLogEntry'][];
    };
    Labelled: {
      code: string;
      name: string;
    };
    MeetingDecision: {
      decisionId: string;
      subject: string;
      owner: components['schemas']['DecisionOwner'];
      measures: string;
      deadline: string;
      /** @enum {string} */
      status: 'open' | 'done';
      doneOn: string | null;
      note: string | null;
      overdueReported: boolean;
    };
    /** @enum {string} */
    MeetingKind: 'joint' | 'dispatch' | 'coordination' | 'site';
    MeetingMinutes: {
      issueDecisions: components['schemas']['IssueDecisionRow'][];
      meetingId: string;
      kind: components['schemas']['MeetingKind'];
      title: string;
      date: string;
      chair: string;
      attendees: string[];
      summary: string | null;
      decisions: components['schemas']['MeetingDecision'][];
      version: number;
      updatedAt: string;
      openDecisions: number;
      openOwners: string[];
    };
    MeetingPage: components['schemas']['Page_MeetingView'];
    MeetingView: {
      meetingId: string;
      kind: components['schemas']['MeetingKind'];
      title: string;
      date: string;
      chair: string;
      attendees: string[];
      summary: string | null;
      decisions: components['schemas']['MeetingDecision'][];
      version: number;
      updatedAt: string;
      openDecisions: number;
      openOwners: string[];
    };
    Page_IssueView: {
      items: components['schemas']['IssueView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    Page_MeetingView: {
      items: components['schemas']['MeetingView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @enum {string} */
    ServiceName: 'registry' | 'investment-promotion' | 'approval' | 'issue-resolution' | 'assessment' | 'projection';
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
  IssueController_list: {
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
        /** @description 责任部门代码 */
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
        /** @description 项目编号 */
        projectId?: string;
        /** @description 状态：reported 已上报、distributed 已分发、in-progress 办理中、escalated 已升级、decided 已决定、resolved 已解决待确认、closed 已销号、rejected 不予受理 */
        status?: 'reported' | 'distributed' | 'in-progress' | 'escalated' | 'decided' | 'resolved' | 'closed' | 'rejected';
        /** @description 所属月度周期 YYYY-MM */
        cycle?: string;
        /** @description 问题类别：funding 资金、land 用地、approval 审批、utilities 配套、labour 用工、technology 技术、other 其他 */
        category?: 'funding' | 'land' | 'approval' | 'utilities' | 'labour' | 'technology' | 'other';
        /** @description 只看未关闭的（true）或已关闭的（false） */
        open?: boolean;
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
          'application/json': components['schemas']['IssuePage'];
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
  IssueController_report: {
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
        'application/json': components['schemas']['ReportIssueDto'];
      };
    };
    responses: {
      /** @description 已上报；返回问题编号、版本与事件（Location 指向问题） */
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description 项目储备库中没有这个项目（rule issue.projectUnknown） */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
  IssueController_get: {
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
      /** @description 问题及其版本（ETag） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Issue'];
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
  IssueController_distribute: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DistributeIssueDto'];
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
      /** @description 无权限。允许：project-office（市大项目办）、admin（系统管理员） */
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
  IssueController_reject: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectIssueDto'];
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
      /** @description 无权限。允许：project-office（市大项目办）、admin（系统管理员） */
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
  IssueController_accept: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptIssueDto'];
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
      /** @description 无权限。允许：department（市直部门）、locality（县（市）区政府、开发区管委会）、project-office（市大项目办）、admin（系统管理员） */
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
  IssueController_note: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoteProgressDto'];
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
      /** @description 无权限。允许：department（市直部门）、locality（县（市）区政府、开发区管委会）、project-office（市大项目办）、admin（系统管理员） */
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
  IssueController_escalate: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestEscalationDto'];
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
      /** @description 无权限。允许：department（市直部门）、locality（县（市）区政府、开发区管委会）、project-office（市大项目办）、admin（系统管理员） */
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
  IssueController_decide: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideIssueDto'];
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
      /** @description 无权限。允许：project-office（市大项目办）、admin（系统管理员） */
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
  IssueController_supervise: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SuperviseIssueDto'];
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
      /** @description 无权限。允许：project-office（市大项目办）、admin（系统管理员） */
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
  IssueController_resolve: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResolveIssueDto'];
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
      /** @description 无权限。允许：department（市直部门）、locality（县（市）区政府、开发区管委会）、project-office（市大项目办）、admin（系统管理员） */
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
  IssueController_confirm: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmResolutionDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办） */
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
  IssueController_reopen: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenIssueDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办） */
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
  MeetingController_list: {
    parameters: {
      query?: {
        /** @description 会议类别 */
        kind?: 'joint' | 'dispatch' | 'coordination' | 'site';
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
          'application/json': components['schemas']['MeetingPage'];
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
  MeetingController_hold: {
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
        'application/json': components['schemas']['HoldMeetingDto'];
      };
    };
    responses: {
      /** @description 已登记；返回会议编号（Location 指向会议） */
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
  MeetingController_get: {
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
      /** @description 纪要及其版本（ETag） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingMinutes'];
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
  MeetingController_record: {
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
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordDecisionDto'];
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
      /** @description 无权限。允许：project-office（市大项目办）、admin（系统管理员） */
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
  MeetingController_complete: {
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
        /** @description 决定事项序号（1、2、…） */
        decisionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteDecisionDto'];
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
      /** @description 无权限。允许：department（市直部门）、locality（县（市）区政府、开发区管委会）、project-office（市大项目办）、admin（系统管理员） */
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
  CycleController_board: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 月度周期 YYYY-MM */
        month: string;
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
          'application/json': components['schemas']['CycleBoard'];
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
      /** @description 工作日历没有该年的法定节假日数据（rule calendar.year-not-covered） */
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
  InboxController_inbox: {
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、leader（市级领导）、admin（系统管理员） */
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
  ReferenceController_issues: {
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
          'application/json': components['schemas']['IssueReference'];
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
}
