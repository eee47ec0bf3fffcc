// Generated from docs/openapi/investment-promotion.json by apps/web/server/generate-api.ts — do not edit.
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
  '/leads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 招商线索（本单位权限范围内；按阶段、产业链、企业类别、地区、渠道筛选，最近登记的在前） */
    get: operations['LeadController_list'];
    put?: never;
    /** 登记招商线索（县市区、开发区登记本地的；市直部门登记本部门跟进的） */
    post: operations['LeadController_identify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 线索详情及跟进日志（ETag 为版本） */
    get: operations['LeadController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leads/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录跟进情况（跟进日志） */
    post: operations['LeadController_followUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leads/{id}/advance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 推进阶段（已发现 → 已接触 → 洽谈中，逐级） */
    post: operations['LeadController_advance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leads/{id}/signing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 签约（洽谈中 → 已签约，须填合同投资额） */
    post: operations['LeadController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leads/{id}/landing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 项目落地（已签约 → 已落地；项目储备库随之登记项目，来源"招商引进"） */
    post: operations['LeadController_land'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leads/{id}/loss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 线索终止（附理由） */
    post: operations['LeadController_lose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 招商、对接活动（本单位权限范围内，日期最近的在前） */
    get: operations['ActivityController_list'];
    put?: never;
    /** 登记招商、对接活动（可提前三个月计划；县区登记本地的，市直部门登记本部门牵头的） */
    post: operations['ActivityController_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/activities/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 集中招商、集中对接落实情况（第二十五、二十六条）：各月未开展招商活动的县（市）区、开发区；各季度市级领导带队外出招商次数，未开展的资金、人才、技术对接 */
    get: operations['ActivityController_compliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/activities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 活动详情（ETag 为版本） */
    get: operations['ActivityController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/activities/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记活动成果（参加企业数、形成线索、现场签约及金额） */
    post: operations['ActivityController_results'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/activities/{id}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取消计划的活动（附理由） */
    post: operations['ActivityController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 招商冲突：两个以上县（市）区、开发区对接同一企业的同一产业链环节（防止内部恶性竞争），待市大项目办协调的在前 */
    get: operations['ConflictController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conflicts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一处招商冲突：对接的线索、各轮提示与协调结果 */
    get: operations['ConflictController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conflicts/{id}/resolution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 协调招商冲突：市大项目办决定由哪条线索继续跟进（仅市大项目办） */
    post: operations['ConflictController_resolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bulletins/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 月度谋划信息和招商动态（四(二)「定期调度发布全市谋划信息、招商动态」）：新入库项目按产业、新增线索按产业链、签约与落地项目及金额、招商对接活动。已结束的月份按该月最后一天结束时所知发布，此后补录的事项不改变本期（其数见 GET /bulletins/{month}/late） */
    get: operations['BulletinController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bulletins/{month}/late': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本期截止后补录的该月事项数（不计入已发布的本期；市大项目办据此决定是否更正） */
    get: operations['BulletinController_late'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bulletins/{month}/print': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 月度谋划信息和招商动态：可打印、可发布的页面（A4），内容与 JSON 相同 */
    get: operations['BulletinController_print'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reference/promotion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 招商对接的参考数据：企业类别、来源地区、对接渠道、线索阶段、活动类别的代码与中文名称 */
    get: operations['ReferenceController_promotion'];
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
    /** 待办：待协调的招商冲突（市大项目办）与已过活动日期、尚未登记成果的招商活动（组织单位），时限最近的在前；与其他服务的待办同一格式 */
    get: operations['InboxController_inbox'];
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
        | components['schemas']['BatchCommand_identify']
        | components['schemas']['BatchCommand_follow-up']
        | components['schemas']['BatchCommand_advance']
        | components['schemas']['BatchCommand_sign']
        | components['schemas']['BatchCommand_land']
        | components['schemas']['BatchCommand_lose']
        | components['schemas']['BatchCommand_plan']
        | components['schemas']['BatchCommand_results']
        | components['schemas']['BatchCommand_cancel']
        | components['schemas']['BatchCommand_resolve']
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
    IdentifyLeadDto: {
      /**
       * Format: date
       * @description 日期（业务日期，不得晚于今天，不得早于线索登记日）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 目标企业名称（全称）
       * @example 中国第一汽车集团有限公司
       */
      enterpriseName: string;
      /**
       * @description 统一社会信用代码（18位，末位为校验码，GB 32100-2015；不知道时不填）
       * @example 91440300708461136T
       */
      creditCode?: string;
      /**
       * @description 企业类别（第十六条）：global-500 世界500强、china-100 国内100强、industry-30 行业30强、central-soe 国字头/央字号、other 其他企业
       * @example global-500
       * @enum {string}
       */
      classCode: 'global-500' | 'china-100' | 'industry-30' | 'central-soe' | 'other';
      /**
       * @description 来源地区（第十七、十八条）：yangtze-delta 长三角、pearl-delta 珠三角、jing-jin-ji 京津冀、hk-macao-taiwan 港澳台、japan-korea 日韩、europe-america 欧美、paired-tianjin 对口合作·天津、paired-hangzhou 对口合作·杭州、other 其他地区
       * @example yangtze-delta
       * @enum {string}
       */
      regionCode:
        | 'yangtze-delta'
        | 'pearl-delta'
        | 'jing-jin-ji'
        | 'hk-macao-taiwan'
        | 'japan-korea'
        | 'europe-america'
        | 'paired-tianjin'
        | 'paired-hangzhou'
        | 'other';
      /**
       * @description 对接渠道（第十五至二十条）：industry-chain 产业链对接、key-enterprise 重点企业对接、key-region 重点区域对接、paired-cooperation 对口合作对接、platform 平台机构对接（展会）、industrial-park 产业园区对接
       * @example key-enterprise
       * @enum {string}
       */
      channelCode: 'industry-chain' | 'key-enterprise' | 'key-region' | 'paired-cooperation' | 'platform' | 'industrial-park';
      /**
       * @description 所补的产业链（项目储备库的行业类别代码，见 GET /reference）
       * @example nev
       * @enum {string}
       */
      categoryCode:
        | 'auto'
        | 'agri-processing'
        | 'rail'
        | 'advanced-equipment'
        | 'biomed'
        | 'optoelectronics'
        | 'nev'
        | 'new-materials'
        | 'big-data'
        | 'digital-economy'
        | 'platform-economy'
        | 'finance'
        | 'sci-tech-services'
        | 'human-resources'
        | 'logistics'
        | 'tourism'
        | 'health-elderly'
        | 'culture'
        | 'green-services'
        | 'new-tech'
        | 'internet-plus'
        | 'new-business'
        | 'infrastructure'
        | 'ecology'
        | 'livelihood';
      /**
       * @description 产业链环节（所补的节点，如"动力电池"）
       * @example 动力电池
       */
      chainNode: string;
      /**
       * @description 意向投资额（万元，整数）
       * @example 300000
       */
      intendedInvestmentWan: number;
      /**
       * @description 所属县（市）区、开发区代码
       * @example qikai
       * @enum {string}
       */
      localityCode:
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
       * @description 跟进的行业主管部门代码（如 swj 市商务局）；部门登记的线索必填本部门
       * @example swj
       * @enum {string}
       */
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
      /**
       * @description 跟进人（姓名）
       * @example 王强
       */
      officer: string;
    };
    FollowUpDto: {
      /**
       * Format: date
       * @description 日期（业务日期，不得晚于今天，不得早于线索登记日）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 跟进情况（拜访、洽谈、考察、来访及结果）
       * @example 赴上海拜访企业投资部，对方有意考察汽开区
       */
      note: string;
    };
    AdvanceLeadDto: {
      /**
       * Format: date
       * @description 日期（业务日期，不得晚于今天，不得早于线索登记日）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 推进到的阶段：contacted 已接触（自"已发现"）、negotiating 洽谈中（自"已接触"）
       * @example contacted
       * @enum {string}
       */
      to: 'contacted' | 'negotiating';
    };
    SignLeadDto: {
      /**
       * Format: date
       * @description 日期（业务日期，不得晚于今天，不得早于线索登记日）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 合同（协议）投资额（万元，整数）
       * @example 250000
       */
      contractAmountWan: number;
    };
    LandLeadDto: {
      /**
       * Format: date
       * @description 日期（业务日期，不得晚于今天，不得早于线索登记日）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 落地项目名称（登记到项目储备库）
       * @example 一汽动力电池配套产业园
       */
      projectName: string;
      /**
       * @description 项目的行业主管部门代码（缺省为跟进部门）
       * @example gxj
       * @enum {string}
       */
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
      /**
       * @description 项目总投资（缺省为合同投资额）（万元，整数）
       * @example 250000
       */
      totalInvestmentWan?: number;
      /**
       * @description 选址在开发区内（须先完成"五通一平"方可落位，第二十三条；缺省按所属地区判断）
       * @example true
       */
      siteInDevelopmentZone?: boolean;
    };
    LoseLeadDto: {
      /**
       * Format: date
       * @description 日期（业务日期，不得晚于今天，不得早于线索登记日）
       * @example 2018-05-14
       */
      date: string;
      /**
       * @description 终止理由
       * @example 企业投资计划调整，落户沈阳
       */
      reason: string;
    };
    PlanActivityDto: {
      /**
       * @description 活动类别：leaders-trip 市级领导带队外出招商、locality-trip 县（市）区、开发区招商活动、funds-docking 资金对接活动、talent-docking 人才对接活动、technology-docking 技术对接活动、expo 展会对接
       * @example locality-trip
       * @enum {string}
       */
      kind: 'leaders-trip' | 'locality-trip' | 'funds-docking' | 'talent-docking' | 'technology-docking' | 'expo';
      /**
       * @description 活动名称
       * @example 汽开区赴长三角汽车零部件产业招商
       */
      title: string;
      /**
       * @description 组织的县（市）区、开发区代码（县区招商活动必填）
       * @example qikai
       * @enum {string}
       */
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
      /**
       * @description 组织（牵头）的市直部门代码（市级领导带队外出招商由市商务局牵头，第二十五条）
       * @example swj
       * @enum {string}
       */
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
      /**
       * @description 带队的市级领导（市级领导带队外出招商必填）
       * @example 张副市长
       */
      leaderName?: string;
      /**
       * @description 目的地
       * @example 上海、苏州
       */
      destination: string;
      /**
       * @description 目的地所属地区：yangtze-delta 长三角、pearl-delta 珠三角、jing-jin-ji 京津冀、hk-macao-taiwan 港澳台、japan-korea 日韩、europe-america 欧美、paired-tianjin 对口合作·天津、paired-hangzhou 对口合作·杭州、other 其他地区
       * @example yangtze-delta
       * @enum {string}
       */
      regionCode:
        | 'yangtze-delta'
        | 'pearl-delta'
        | 'jing-jin-ji'
        | 'hk-macao-taiwan'
        | 'japan-korea'
        | 'europe-america'
        | 'paired-tianjin'
        | 'paired-hangzhou'
        | 'other';
      /**
       * Format: date
       * @description 计划日期（可提前计划，最远为今天起三个月）
       * @example 2018-05-16
       */
      date: string;
      /**
       * @description 参加单位代码（市直部门、县区）
       * @example [
       *       "swj",
       *       "qikai"
       *     ]
       */
      participants?: (
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
      )[];
    };
    DealDto: {
      /**
       * @description 签约企业
       * @example 某汽车零部件有限公司
       */
      enterprise: string;
      /**
       * @description 签约金额（万元，整数）
       * @example 50000
       */
      amountWan: number;
      /**
       * Format: uuid
       * @description 对应的招商线索编号（已登记的）
       */
      leadId?: string;
    };
    RecordResultsDto: {
      /**
       * Format: date
       * @description 实际开展日期（不得晚于今天）
       * @example 2018-05-16
       */
      date: string;
      /**
       * @description 参加的企业、机构数
       * @example 42
       */
      attendance: number;
      /** @description 活动形成的招商线索编号 */
      leadIds?: string[];
      /** @description 现场签约项目 */
      deals?: components['schemas']['DealDto'][];
      /**
       * @description 成效说明
       * @example 与12家企业达成合作意向
       */
      note?: string;
    };
    CancelActivityDto: {
      /**
       * Format: date
       * @description 取消日期
       * @example 2018-05-10
       */
      date: string;
      /**
       * @description 取消理由
       * @example 行程调整至下月
       */
      reason: string;
    };
    ResolveConflictDto: {
      /**
       * Format: uuid
       * @description 继续跟进的线索编号（其余线索随之终止）
       */
      keptLeadId: string;
      /**
       * @description 协调理由（记入各线索的终止理由）
       * @example 汽开区已有整车配套基础，由汽开区继续跟进
       */
      reason: string;
      /**
       * Format: date
       * @description 协调日期
       * @example 2018-05-20
       */
      date: string;
    };
    BatchCommand_identify: {
      /**
       * @description 登记招商线索（县市区、开发区登记本地的；市直部门登记本部门跟进的） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'identify';
      body: components['schemas']['IdentifyLeadDto'];
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
    'BatchCommand_follow-up': {
      /**
       * @description 记录跟进情况（跟进日志） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'follow-up';
      body: components['schemas']['FollowUpDto'];
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
    BatchCommand_advance: {
      /**
       * @description 推进阶段（已发现 → 已接触 → 洽谈中，逐级） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'advance';
      body: components['schemas']['AdvanceLeadDto'];
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
    BatchCommand_sign: {
      /**
       * @description 签约（洽谈中 → 已签约，须填合同投资额） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'sign';
      body: components['schemas']['SignLeadDto'];
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
    BatchCommand_land: {
      /**
       * @description 项目落地（已签约 → 已落地；项目储备库随之登记项目，来源"招商引进"） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'land';
      body: components['schemas']['LandLeadDto'];
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
    BatchCommand_lose: {
      /**
       * @description 线索终止（附理由） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'lose';
      body: components['schemas']['LoseLeadDto'];
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
    BatchCommand_plan: {
      /**
       * @description 登记招商、对接活动（可提前三个月计划；县区登记本地的，市直部门登记本部门牵头的） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'plan';
      body: components['schemas']['PlanActivityDto'];
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
    BatchCommand_results: {
      /**
       * @description 登记活动成果（参加企业数、形成线索、现场签约及金额） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'results';
      body: components['schemas']['RecordResultsDto'];
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
    BatchCommand_cancel: {
      /**
       * @description 取消计划的活动（附理由） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'cancel';
      body: components['schemas']['CancelActivityDto'];
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
    BatchCommand_resolve: {
      /**
       * @description 协调招商冲突：市大项目办决定由哪条线索继续跟进（仅市大项目办） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'resolve';
      body: components['schemas']['ResolveConflictDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
      /** @description 对象编号（冲突编号（32位十六进制）） */
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
    Activity: components['schemas']['ActivityView'];
    ActivityCompliance: components['schemas']['Compliance'];
    /** @enum {string} */
    ActivityKind: 'leaders-trip' | 'locality-trip' | 'funds-docking' | 'talent-docking' | 'technology-docking' | 'expo';
    ActivityLine: {
      activityId: string;
      kind: components['schemas']['ActivityKind'];
      title: string;
      organizer: string;
      leaderName: string | null;
      destination: string;
      date: string;
      attendance: number;
      leads: number;
      deals: number;
      dealAmountWan: number;
    };
    ActivityPage: components['schemas']['Page_ActivityView'];
    ActivityView: {
      activityId: string;
      kind: components['schemas']['ActivityKind'];
      title: string;
      localityCode: string | null;
      departmentCode: string | null;
      leaderName: string | null;
      destination: string;
      regionCode: components['schemas']['OriginRegion'];
      date: string;
      participants: string[];
      /** @enum {string} */
      status: 'planned' | 'held' | 'cancelled';
      held: {
        date: string;
        attendance: number;
        leadIds: string[];
        deals: components['schemas']['Deal'][];
        note: string | null;
      } | null;
      cancelled: {
        date: string;
        reason: string;
      } | null;
      version: number;
      updatedAt: string;
      concludedAt: string | null;
      heldMonth: string | null;
    };
    Bulletin: {
      month: string;
      from: string;
      to: string;
      final: boolean;
      knownAt: string;
      planning: {
        projects: number;
        investmentWan: number;
        byCategory: components['schemas']['CategoryLine'][];
      };
      leads: {
        identified: number;
        intendedWan: number;
        byChain: components['schemas']['ChainLine'][];
      };
      signed: {
        count: number;
        amountWan: number;
        items: components['schemas']['DealLine'][];
      };
      landed: {
        count: number;
        investmentWan: number;
        items: components['schemas']['DealLine'][];
      };
      activities: {
        held: number;
        attendance: number;
        leads: number;
        deals: number;
        dealAmountWan: number;
        items: components['schemas']['ActivityLine'][];
      };
    };
    CategoryLine: {
      categoryCode: string;
      categoryName: string;
      count: number;
      amountWan: number;
    };
    ChainLine: {
      categoryCode: string;
      categoryName: string;
      count: number;
      amountWan: number;
      nodes: string[];
    };
    Compliance: {
      year: number;
      months: components['schemas']['MonthCompliance'][];
      quarters: components['schemas']['QuarterCompliance'][];
    };
    Courtship: components['schemas']['CourtshipView'];
    CourtshipPage: components['schemas']['Page_CourtshipView'];
    CourtshipView: {
      courtshipId: string;
      enterpriseName: string;
      categoryCode: string;
      chainNode: string;
      members: {
        leadId: string;
        localityCode: string;
        active: boolean;
        joinedOn: string;
      }[];
      round: number;
      conflict: {
        round: number;
        flaggedOn: string;
        leadIds: string[];
      } | null;
      resolutions: {
        round: number;
        keptLeadId: string;
        releasedLeadIds: string[];
        reason: string;
        date: string;
      }[];
      version: number;
      updatedAt: string;
      /** @enum {string} */
      conflictStatus: 'open' | 'none';
      localityCodes: string[];
    };
    Deal: {
      enterprise: string;
      amountWan: number;
      leadId: string | null;
    };
    DealLine: {
      leadId: string;
      enterprise: string;
      localityCode: string;
      localityName: string;
      categoryName: string;
      amountWan: number;
      date: string;
      projectName: string | null;
    };
    /** @enum {string} */
    DockingChannel: 'industry-chain' | 'key-enterprise' | 'key-region' | 'paired-cooperation' | 'platform' | 'industrial-park';
    Enterprise: {
      name: string;
      creditCode: string | null;
    };
    /** @enum {string} */
    EnterpriseClass: 'global-500' | 'china-100' | 'industry-30' | 'central-soe' | 'other';
    Inbox: {
      items: components['schemas']['TodoEntry'][];
      total: number;
    };
    Labelled: {
      code: string;
      name: string;
    };
    LateFacts: {
      month: string;
      knownAt: string;
      recordedLater: number;
    };
    Lead: components['schemas']['LeadView'];
    LeadFact: {
      type: components['schemas']['LeadFactType'];
      date: string;
      recordedAt: string;
    };
    /** @enum {string} */
    LeadFactType: 'LeadIdentified' | 'LeadFollowedUp' | 'LeadAdvanced' | 'LeadSigned' | 'LeadLanded' | 'LeadProjectRegistered' | 'LeadLost';
    LeadPage: components['schemas']['Page_LeadView'];
    /** @enum {string} */
    LeadStage: 'identified' | 'contacted' | 'negotiating' | 'signed' | 'landed' | 'lost';
    LeadView: {
      leadId: string;
      enterprise: components['schemas']['Enterprise'];
      classCode: components['schemas']['EnterpriseClass'];
      regionCode: components['schemas']['OriginRegion'];
      channelCode: components['schemas']['DockingChannel'];
      categoryCode: string;
      chainNode: string;
      intendedInvestmentWan: number;
      localityCode: string;
      departmentCode: string | null;
      officer: string;
      stage: components['schemas']['LeadStage'];
      identifiedOn: string;
      stageSince: string;
      contract: {
        amountWan: number;
        date: string;
      } | null;
      landing: {
        date: string;
        projectName: string;
        departmentCode: string;
        totalInvestmentWan: number;
      } | null;
      projectId: string | null;
      lost: {
        date: string;
        reason: string;
        conflictId: string | null;
      } | null;
      followUps: {
        date: string;
        note: string;
      }[];
      version: number;
      updatedAt: string;
      timeline: components['schemas']['LeadFact'][];
      months: string[];
    };
    MonthCompliance: {
      month: string;
      /** @enum {string} */
      status: 'ended' | 'pending';
      missing: string[];
    };
    /** @enum {string} */
    OriginRegion:
      | 'yangtze-delta'
      | 'pearl-delta'
      | 'jing-jin-ji'
      | 'hk-macao-taiwan'
      | 'japan-korea'
      | 'europe-america'
      | 'paired-tianjin'
      | 'paired-hangzhou'
      | 'other';
    Page_ActivityView: {
      items: components['schemas']['ActivityView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    Page_CourtshipView: {
      items: components['schemas']['CourtshipView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    Page_LeadView: {
      items: components['schemas']['LeadView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    PromotionReference: {
      classes: components['schemas']['Labelled'][];
      regions: components['schemas']['Labelled'][];
      channels: components['schemas']['Labelled'][];
      stages: components['schemas']['Labelled'][];
      activityKinds: components['schemas']['Labelled'][];
    };
    QuarterCompliance: {
      quarter: string;
      /** @enum {string} */
      status: 'ended' | 'pending';
      leadersTrips: number;
      missingDocking: components['schemas']['ActivityKind'][];
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
  LeadController_list: {
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
        /** @description 阶段：identified 已发现、contacted 已接触、negotiating 洽谈中、signed 已签约、landed 已落地、lost 已终止 */
        stage?: 'identified' | 'contacted' | 'negotiating' | 'signed' | 'landed' | 'lost';
        /** @description 产业链（行业类别代码） */
        categoryCode?:
          | 'auto'
          | 'agri-processing'
          | 'rail'
          | 'advanced-equipment'
          | 'biomed'
          | 'optoelectronics'
          | 'nev'
          | 'new-materials'
          | 'big-data'
          | 'digital-economy'
          | 'platform-economy'
          | 'finance'
          | 'sci-tech-services'
          | 'human-resources'
          | 'logistics'
          | 'tourism'
          | 'health-elderly'
          | 'culture'
          | 'green-services'
          | 'new-tech'
          | 'internet-plus'
          | 'new-business'
          | 'infrastructure'
          | 'ecology'
          | 'livelihood';
        /** @description 企业类别 */
        classCode?: 'global-500' | 'china-100' | 'industry-30' | 'central-soe' | 'other';
        /** @description 来源地区 */
        regionCode?:
          | 'yangtze-delta'
          | 'pearl-delta'
          | 'jing-jin-ji'
          | 'hk-macao-taiwan'
          | 'japan-korea'
          | 'europe-america'
          | 'paired-tianjin'
          | 'paired-hangzhou'
          | 'other';
        /** @description 对接渠道 */
        channelCode?: 'industry-chain' | 'key-enterprise' | 'key-region' | 'paired-cooperation' | 'platform' | 'industrial-park';
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
          'application/json': components['schemas']['LeadPage'];
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
  LeadController_identify: {
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
        'application/json': components['schemas']['IdentifyLeadDto'];
      };
    };
    responses: {
      /** @description 已登记；返回线索编号、版本与事件 */
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
  LeadController_get: {
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
      /** @description 详情及其版本（ETag） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lead'];
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
  LeadController_followUp: {
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
        'application/json': components['schemas']['FollowUpDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
  LeadController_advance: {
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
        'application/json': components['schemas']['AdvanceLeadDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
  LeadController_sign: {
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
        'application/json': components['schemas']['SignLeadDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
  LeadController_land: {
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
        'application/json': components['schemas']['LandLeadDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
  LeadController_lose: {
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
        'application/json': components['schemas']['LoseLeadDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
  ActivityController_list: {
    parameters: {
      query?: {
        /** @description 活动类别 */
        kind?: 'leaders-trip' | 'locality-trip' | 'funds-docking' | 'talent-docking' | 'technology-docking' | 'expo';
        /** @description 组织的县（市）区/开发区代码 */
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
        /** @description 状态：planned 计划、held 已开展、cancelled 已取消 */
        status?: 'planned' | 'held' | 'cancelled';
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
          'application/json': components['schemas']['ActivityPage'];
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
  ActivityController_plan: {
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
        'application/json': components['schemas']['PlanActivityDto'];
      };
    };
    responses: {
      /** @description 已登记；返回活动编号、版本与事件 */
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
  ActivityController_compliance: {
    parameters: {
      query?: {
        /** @description 年度（缺省为今年） */
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
          'application/json': components['schemas']['ActivityCompliance'];
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
      /** @description 无权限。允许：project-office（市大项目办）、leadership（市项目建设领导小组）、admin（系统管理员）、locality（县（市）区政府、开发区管委会）、department（市直部门） */
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
  ActivityController_get: {
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
      /** @description 详情及其版本（ETag） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Activity'];
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
  ActivityController_results: {
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
        'application/json': components['schemas']['RecordResultsDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
  ActivityController_cancel: {
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
        'application/json': components['schemas']['CancelActivityDto'];
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
      /** @description 无权限。允许：locality（县（市）区政府、开发区管委会）、department（市直部门）、project-office（市大项目办）、admin（系统管理员） */
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
  ConflictController_list: {
    parameters: {
      query?: {
        /** @description open 待协调（缺省）、all 含已协调与已消除的 */
        status?: 'open' | 'all';
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
          'application/json': components['schemas']['CourtshipPage'];
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
      /** @description 无权限。允许：project-office（市大项目办）、leadership（市项目建设领导小组）、admin（系统管理员）、locality（县（市）区政府、开发区管委会） */
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
  ConflictController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 冲突编号（32位十六进制） */
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
          'application/json': components['schemas']['Courtship'];
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
      /** @description 无权限。允许：project-office（市大项目办）、leadership（市项目建设领导小组）、admin（系统管理员）、locality（县（市）区政府、开发区管委会） */
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
  ConflictController_resolve: {
    parameters: {
      query?: never;
      header?: {
        /** @description 当前版本（GET 返回的 ETag）；版本已变化时返回 409 */
        'If-Match'?: string;
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description 冲突编号（32位十六进制） */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResolveConflictDto'];
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
  BulletinController_get: {
    parameters: {
      query?: {
        /** @description 按此时刻所知重新出具（ISO 时间，不得晚于现在）；缺省时，已结束的月份按其最后一天结束时所知（之后补录的不计入），未结束的按现在所知 */
        knownAt?: string;
      };
      header?: never;
      path: {
        /** @description 月份（YYYY-MM） */
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
          'application/json': components['schemas']['Bulletin'];
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
      /** @description 月份尚未开始（date.future），或 knownAt 晚于现在（query.knownAt-future） */
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
  BulletinController_late: {
    parameters: {
      query?: {
        /** @description 按此时刻所知重新出具（ISO 时间，不得晚于现在）；缺省时，已结束的月份按其最后一天结束时所知（之后补录的不计入），未结束的按现在所知 */
        knownAt?: string;
      };
      header?: never;
      path: {
        /** @description 月份（YYYY-MM） */
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
          'application/json': components['schemas']['LateFacts'];
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
      /** @description 无权限。允许：project-office（市大项目办）、leadership（市项目建设领导小组）、admin（系统管理员） */
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
      /** @description 月份尚未开始（date.future），或 knownAt 晚于现在（query.knownAt-future） */
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
  BulletinController_print: {
    parameters: {
      query?: {
        /** @description 按此时刻所知重新出具（ISO 时间，不得晚于现在）；缺省时，已结束的月份按其最后一天结束时所知（之后补录的不计入），未结束的按现在所知 */
        knownAt?: string;
      };
      header?: never;
      path: {
        /** @description 月份（YYYY-MM） */
        month: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description HTML 页面 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
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
      /** @description 月份尚未开始（date.future），或 knownAt 晚于现在（query.knownAt-future） */
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
  ReferenceController_promotion: {
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
          'application/json': components['schemas']['PromotionReference'];
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
}
