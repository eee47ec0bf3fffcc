// Generated from docs/openapi/registry.json by apps/web/server/generate-api.ts — do not edit.
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
  '/projects/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 项目可办理的阶段事项（按项目当前状态与调用者权限）
     * @description 项目页据此显示按钮：只列出项目状态今天允许、且调用者有权办理的事项；只读角色得到空列表。
     */
    get: operations['ProjectActionsController_actions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查询项目（仅本人权限范围内）
     * @description 按阶段、类别、标志、投资额区间、项目代码、名称筛选，分页。
     */
    get: operations['ProjectsController_list'];
    put?: never;
    /**
     * 项目入库（登记到项目储备库）
     * @description 县区只能登记本辖区项目，部门只能登记本部门负责的项目。
     */
    post: operations['ProjectsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 项目详情（项目列表读模型，ETag 为版本；命令后数秒内更新） */
    get: operations['ProjectsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修订项目信息 */
    patch: operations['ProjectsController_revise'];
    trace?: never;
  };
  '/projects/{id}/national-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 补录国家投资项目代码（全市唯一） */
    post: operations['ProjectsController_nationalCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/docking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始对接（谋划储备 → 对接中） */
    post: operations['ProjectsController_docking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/site-ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录"五通一平"完成（开发区项目落位前提，§23） */
    post: operations['ProjectsController_siteReady'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/landing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 项目落位（对接中 → 已落位，投资主体与选址确定） */
    post: operations['ProjectsController_land'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/preparation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 进入前期（已落位 → 前期） */
    post: operations['ProjectsController_preparation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开工（新开工项目首次开工：前期 → 在建） */
    post: operations['ProjectsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/resumption': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 续建项目年度复工 */
    post: operations['ProjectsController_resume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 竣工投产（在建 → 竣工投产） */
    post: operations['ProjectsController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/suspension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停缓建（须说明原因） */
    post: operations['ProjectsController_suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/reactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停缓建项目恢复（回到停建前阶段） */
    post: operations['ProjectsController_reactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取消项目（仅市大项目办，须说明原因） */
    post: operations['ProjectsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/stage-correction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 阶段更正（仅市大项目办，可回退，须说明理由） */
    post: operations['ProjectsController_correctStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/annual-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 列入年度建设计划（新开工 / 续建） */
    post: operations['ProjectsController_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/investments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 月度完成投资（累计）与形象进度 */
    post: operations['ProjectsController_investment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/investment-corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 累计完成投资更正（可减少，须说明理由） */
    post: operations['ProjectsController_correctInvestment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/statistics-inclusion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 入库入统（§29，市统计局） */
    post: operations['ProjectsController_statistics'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/city-leader': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 市级领导包保（§30，20亿元以上） */
    post: operations['ProjectsController_leader'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/secretary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 配备项目秘书（§31，5000万元以上） */
    post: operations['ProjectsController_secretary'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/projects/{id}/front-end-funding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 前期经费支持（§36，设计已完成的计划项目） */
    post: operations['ProjectsController_funding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reference': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 基础数据：县（市）区、市直部门、产业类别、项目来源、阶段（带版本，历史事件按其版本解释） */
    get: operations['ReferenceController_reference'];
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
    /** 待办（与各服务同一格式）：本人负责的在建项目中，上月完成投资尚未填报的（每月5日前填报上月），到期日最早的在前；市项目办只见已逾期的 */
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
        | components['schemas']['BatchCommand_register']
        | components['schemas']['BatchCommand_revise']
        | components['schemas']['BatchCommand_national-code']
        | components['schemas']['BatchCommand_docking']
        | components['schemas']['BatchCommand_site-ready']
        | components['schemas']['BatchCommand_landing']
        | components['schemas']['BatchCommand_preparation']
        | components['schemas']['BatchCommand_start']
        | components['schemas']['BatchCommand_resumption']
        | components['schemas']['BatchCommand_completion']
        | components['schemas']['BatchCommand_suspension']
        | components['schemas']['BatchCommand_reactivation']
        | components['schemas']['BatchCommand_cancellation']
        | components['schemas']['BatchCommand_stage-correction']
        | components['schemas']['BatchCommand_annual-plans']
        | components['schemas']['BatchCommand_investments']
        | components['schemas']['BatchCommand_investment-corrections']
        | components['schemas']['BatchCommand_statistics-inclusion']
        | components['schemas']['BatchCommand_city-leader']
        | components['schemas']['BatchCommand_secretary']
        | components['schemas']['BatchCommand_front-end-funding']
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
    RegisterProjectDto: {
      /**
       * Format: date
       * @description 入库日期（业务日期，缺省为今天；不得晚于今天）。看板在此日期之前不计入该项目（YYYY-MM-DD）
       * @example 2018-01-10
       */
      registeredOn?: string;
      /**
       * @description 项目名称
       * @example 长春国际汽车城零部件产业园
       */
      name: string;
      /**
       * @description 所属县（市）区/开发区：nanguan 南关区；kuancheng 宽城区；chaoyang 朝阳区；erdao 二道区；lvyuan 绿园区；shuangyang 双阳区；jiutai 九台区；yushu 榆树市；dehui 德惠市；gongzhuling 公主岭市；nongan 农安县；xinqu 长春新区；jingkai 经开区；jingyue 净月高新区；qikai 汽开区；zhonghan 中韩示范区；lianhuashan 莲花山度假区
       * @example lvyuan
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
       * @description 责任部门：fgw 市发改委；gxj 市工信局；nw 市农委；kjj 市科技局；jrb 市金融办；rsj 市人社局；swj 市商务局；lyj 市旅游局；wjw 市卫计委；mzj 市民政局；wgxj 市文广新局；hbj 市环保局；ghj 市规划局；gtj 市国土局；czj 市财政局；jw 市建委；xfzd 市消防支队；zwgkb 市政务公开办；gyj 市公用局；tjj 市统计局；dxmb 市大项目办
       * @example gxj
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
       * @description 产业类别：auto 汽车；agri-processing 农产品加工；rail 轨道客车；advanced-equipment 先进装备制造；biomed 生物及医药健康；optoelectronics 光电信息；nev 新能源汽车；new-materials 新材料；big-data 大数据；digital-economy 数字经济；platform-economy 平台经济；finance 金融服务；sci-tech-services 科创服务；human-resources 人力资源；logistics 商贸物流；tourism 旅游休闲；health-elderly 健康养老；culture 文化娱乐；green-services 节能环保；new-tech 新技术成果；internet-plus 互联网+衍生；new-business 新商业模式；infrastructure 基础设施；ecology 生态环境；livelihood 民生
       * @example auto
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
       * @description 细分类型（如 三大主导：tech-upgrade 技改 / high-end-supporting 高端配套 / resource-conversion 特色资源转化）
       * @example high-end-supporting
       */
      subKindCode?: string;
      /**
       * @description 项目生成来源：government 政府主导；enterprise 重点企业；research 科研院所；incubator 孵化平台；think-tank 借助外脑；promotion 招商引进
       * @example enterprise
       * @enum {string}
       */
      sourceCode: 'government' | 'enterprise' | 'research' | 'incubator' | 'think-tank' | 'promotion';
      /**
       * @description 投资主体
       * @example 中国第一汽车集团有限公司
       */
      investor?: string;
      /**
       * @description 总投资（万元，整数）
       * @example 350000
       */
      totalInvestmentWan: number;
      /**
       * @description 国家投资项目代码（YYYY-AAAAAA-II-TT-NNNNNN，可后补）
       * @example 2018-220104-36-03-012345
       */
      nationalCode?: string;
      /**
       * @description 龙头项目（县区）
       * @default false
       */
      leading: boolean;
      /**
       * @description 标志性项目（部门）
       * @default false
       */
      landmark: boolean;
      /**
       * @description "三早"项目（§25）
       * @default false
       */
      threeEarly: boolean;
      /**
       * @description 储备层级：city 市级储备；locality 县（市）区级储备
       * @example [
       *       "city",
       *       "locality"
       *     ]
       */
      reserveLevels: ('city' | 'locality')[];
      /** @description 项目用地位于开发区（落位须先完成"五通一平"）；默认按所属地区判断 */
      siteInDevelopmentZone?: boolean;
    };
    ReviseDetailsDto: {
      /**
       * Format: date
       * @description 修订生效日期（业务日期，缺省为今天；不得晚于今天、不得早于入库日期）（YYYY-MM-DD）
       * @example 2018-05-10
       */
      date?: string;
      /** @description 项目名称 */
      name?: string;
      /** @description 投资主体；null 表示清除 */
      investor?: string | null;
      /**
       * @description 总投资（万元，整数）
       * @example 400000
       */
      totalInvestmentWan?: number;
      leading?: boolean;
      landmark?: boolean;
      threeEarly?: boolean;
      reserveLevels?: ('city' | 'locality')[];
    };
    NationalCodeDto: {
      /**
       * @description 国家投资项目代码
       * @example 2018-220104-36-03-012345
       */
      nationalCode: string;
    };
    DatedDto: {
      /**
       * Format: date
       * @description 日期（YYYY-MM-DD）
       * @example 2018-04-16
       */
      date: string;
    };
    LandDto: {
      /**
       * Format: date
       * @description 日期（YYYY-MM-DD）
       * @example 2018-04-16
       */
      date: string;
      /**
       * @description 落位投资主体（已确定）
       * @example 吉林省长影集团
       */
      investor: string;
    };
    ReasonedDateDto: {
      /**
       * Format: date
       * @description 日期（YYYY-MM-DD）
       * @example 2018-04-16
       */
      date: string;
      /**
       * @description 理由（必填，记入历史）
       * @example 经市大项目办核实
       */
      reason: string;
    };
    CorrectStageDto: {
      /**
       * @description 更正后的阶段：reserve 谋划储备；docking 对接中；landed 已落位；preparing 前期；under-construction 在建；completed 竣工投产；suspended 停缓建；cancelled 已取消
       * @enum {string}
       */
      stage: 'reserve' | 'docking' | 'landed' | 'preparing' | 'under-construction' | 'completed' | 'suspended' | 'cancelled';
      /**
       * @description 理由（必填，记入历史）
       * @example 经市大项目办核实
       */
      reason: string;
    };
    AnnualPlanDto: {
      /**
       * Format: date
       * @description 列入年度计划的日期（业务日期，缺省为今天；不得晚于今天、不得早于入库日期）（YYYY-MM-DD）
       * @example 2018-01-15
       */
      date?: string;
      /**
       * @description 计划年度
       * @example 2018
       */
      year: number;
      /**
       * @description 计划类型：new-start 新开工；continuing 续建
       * @enum {string}
       */
      kind: 'new-start' | 'continuing';
      /**
       * @description 计划开工月份（新开工必填，YYYY-MM）
       * @example 2018-04
       */
      plannedStartMonth?: string;
      /**
       * @description 年度计划投资（万元，整数）
       * @example 80000
       */
      annualInvestmentWan: number;
    };
    MonthlyInvestmentDto: {
      /**
       * @description 月份（YYYY-MM）
       * @example 2018-05
       */
      month: string;
      /**
       * @description 截至本月累计完成投资（万元，整数）
       * @example 12000
       */
      cumulativeWan: number;
      /**
       * @description 形象进度
       * @example 主体结构完成60%
       */
      progressNote?: string;
    };
    InvestmentCorrectionDto: {
      /**
       * @description 月份（YYYY-MM）
       * @example 2018-05
       */
      month: string;
      /**
       * @description 更正后的累计完成投资（万元，整数）
       * @example 11000
       */
      cumulativeWan: number;
      /**
       * @description 理由（必填，记入历史）
       * @example 经市大项目办核实
       */
      reason: string;
    };
    StatisticsInclusionDto: {
      /**
       * Format: date
       * @description 入库日期（YYYY-MM-DD）
       * @example 2018-06-05
       */
      registeredOn: string;
      /**
       * @description 入统金额（万元，整数）
       * @example 10000
       */
      includedAmountWan: number;
      /**
       * @description 支出凭证编号
       * @example [
       *       "JZ-2018-0601"
       *     ]
       */
      evidence: string[];
    };
    AssignmentDto: {
      /**
       * @description 人员编号（市级领导或项目秘书）
       * @example leader-1
       */
      id: string;
      /**
       * @description 姓名
       * @example 张副市长
       */
      name: string;
      /**
       * Format: date
       * @description 开始日期（YYYY-MM-DD）
       * @example 2018-03-01
       */
      from: string;
      /**
       * Format: date
       * @description 结束日期（YYYY-MM-DD），不早于开始日期
       */
      to?: string;
    };
    FrontEndFundingDto: {
      /**
       * Format: date
       * @description 日期（YYYY-MM-DD）
       * @example 2018-04-16
       */
      date: string;
      /**
       * @description 前期经费（万元，整数）
       * @example 300
       */
      amountWan: number;
      /** @description 设计已完成（§36 的前提） */
      designCompleted: boolean;
    };
    BatchCommand_register: {
      /**
       * @description 项目入库（登记到项目储备库） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'register';
      body: components['schemas']['RegisterProjectDto'];
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
    BatchCommand_revise: {
      /**
       * @description 修订项目信息 (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'revise';
      body: components['schemas']['ReviseDetailsDto'];
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
    'BatchCommand_national-code': {
      /**
       * @description 补录国家投资项目代码（全市唯一） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'national-code';
      body: components['schemas']['NationalCodeDto'];
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
    BatchCommand_docking: {
      /**
       * @description 开始对接（谋划储备 → 对接中） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'docking';
      body: components['schemas']['DatedDto'];
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
    'BatchCommand_site-ready': {
      /**
       * @description 记录"五通一平"完成（开发区项目落位前提，§23） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'site-ready';
      body: components['schemas']['DatedDto'];
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
    BatchCommand_landing: {
      /**
       * @description 项目落位（对接中 → 已落位，投资主体与选址确定） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'landing';
      body: components['schemas']['LandDto'];
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
    BatchCommand_preparation: {
      /**
       * @description 进入前期（已落位 → 前期） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'preparation';
      body: components['schemas']['DatedDto'];
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
    BatchCommand_start: {
      /**
       * @description 开工（新开工项目首次开工：前期 → 在建） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'start';
      body: components['schemas']['DatedDto'];
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
    BatchCommand_resumption: {
      /**
       * @description 续建项目年度复工 (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'resumption';
      body: components['schemas']['DatedDto'];
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
    BatchCommand_completion: {
      /**
       * @description 竣工投产（在建 → 竣工投产） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'completion';
      body: components['schemas']['DatedDto'];
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
    BatchCommand_suspension: {
      /**
       * @description 停缓建（须说明原因） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'suspension';
      body: components['schemas']['ReasonedDateDto'];
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
    BatchCommand_reactivation: {
      /**
       * @description 停缓建项目恢复（回到停建前阶段） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'reactivation';
      body: components['schemas']['DatedDto'];
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
    BatchCommand_cancellation: {
      /**
       * @description 取消项目（仅市大项目办，须说明原因） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'cancellation';
      body: components['schemas']['ReasonedDateDto'];
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
    'BatchCommand_stage-correction': {
      /**
       * @description 阶段更正（仅市大项目办，可回退，须说明理由） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'stage-correction';
      body: components['schemas']['CorrectStageDto'];
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
    'BatchCommand_annual-plans': {
      /**
       * @description 列入年度建设计划（新开工 / 续建） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'annual-plans';
      body: components['schemas']['AnnualPlanDto'];
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
    BatchCommand_investments: {
      /**
       * @description 月度完成投资（累计）与形象进度 (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'investments';
      body: components['schemas']['MonthlyInvestmentDto'];
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
    'BatchCommand_investment-corrections': {
      /**
       * @description 累计完成投资更正（可减少，须说明理由） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'investment-corrections';
      body: components['schemas']['InvestmentCorrectionDto'];
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
    'BatchCommand_statistics-inclusion': {
      /**
       * @description 入库入统（§29，市统计局） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'statistics-inclusion';
      body: components['schemas']['StatisticsInclusionDto'];
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
    'BatchCommand_city-leader': {
      /**
       * @description 市级领导包保（§30，20亿元以上） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'city-leader';
      body: components['schemas']['AssignmentDto'];
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
    BatchCommand_secretary: {
      /**
       * @description 配备项目秘书（§31，5000万元以上） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'secretary';
      body: components['schemas']['AssignmentDto'];
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
    'BatchCommand_front-end-funding': {
      /**
       * @description 前期经费支持（§36，设计已完成的计划项目） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'front-end-funding';
      body: components['schemas']['FrontEndFundingDto'];
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
    AnnualPlanEntry: {
      year: number;
      kind: components['schemas']['PlanKind'];
      plannedStartMonth: string | null;
      annualInvestmentWan: number;
    };
    Assignment: {
      id: string;
      name: string;
      from: string;
      to: string | null;
    };
    Category: {
      code: string;
      name: string;
      group: string;
      industrial: boolean;
      subKinds: {
        code: string;
        name: string;
      }[];
    };
    Department: {
      code: string;
      name: string;
    };
    Labelled: {
      code: string;
      name: string;
    };
    Locality: {
      code: string;
      name: string;
      kind: components['schemas']['LocalityKind'];
    };
    /** @enum {string} */
    LocalityKind: 'district' | 'county' | 'development-zone';
    Page_ProjectView: {
      items: components['schemas']['ProjectView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @enum {string} */
    PlanKind: 'new-start' | 'continuing';
    Project: components['schemas']['ProjectView'];
    ProjectAction: {
      step: components['schemas']['StageAction'];
      command: string;
      path: string;
      label: string;
      /** @enum {string} */
      asks: 'date' | 'investor' | 'reason';
    };
    ProjectActions: {
      projectId: string;
      version: number;
      stage: components['schemas']['Stage'];
      actions: components['schemas']['ProjectAction'][];
    };
    ProjectPage: components['schemas']['Page_ProjectView'];
    ProjectView: {
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
      version: number;
      updatedAt: string;
    };
    Reference: {
      /** @enum {string} */
      version: '2018.1';
      localities: components['schemas']['Locality'][];
      departments: components['schemas']['Department'][];
      categories: components['schemas']['Category'][];
      sources: components['schemas']['Labelled'][];
      stages: {
        code: components['schemas']['Stage'];
        name: string;
      }[];
      planKinds: {
        code: components['schemas']['PlanKind'];
        name: string;
      }[];
      reserveLevels: {
        code: components['schemas']['ReserveLevel'];
        name: string;
      }[];
      thresholdsWan: {
        secretaryWan: number;
        targetUnitWan: number;
        concentratedApprovalWan: number;
        leaderPackageWan: number;
      };
    };
    /** @enum {string} */
    ReserveLevel: 'city' | 'locality';
    /** @enum {string} */
    ServiceName: 'registry' | 'investment-promotion' | 'approval' | 'issue-resolution' | 'assessment' | 'projection';
    /** @enum {string} */
    Stage: 'reserve' | 'docking' | 'landed' | 'preparing' | 'under-construction' | 'completed' | 'suspended' | 'cancelled';
    /** @enum {string} */
    StageAction:
      | 'StartDocking'
      | 'RecordSiteReady'
      | 'Land'
      | 'EnterPreparation'
      | 'StartConstruction'
      | 'ResumeConstruction'
      | 'Complete'
      | 'Suspend'
      | 'Reactivate'
      | 'Cancel';
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
  ProjectActionsController_actions: {
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
      /** @description 可办理的阶段事项 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectActions'];
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
  ProjectsController_list: {
    parameters: {
      query?: {
        /** @description 阶段：reserve 谋划储备；docking 对接中；landed 已落位；preparing 前期；under-construction 在建；completed 竣工投产；suspended 停缓建；cancelled 已取消 */
        stage?: 'reserve' | 'docking' | 'landed' | 'preparing' | 'under-construction' | 'completed' | 'suspended' | 'cancelled';
        /** @description 产业类别代码 */
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
        /** @description 产业项目 */
        industrial?: boolean;
        /** @description 龙头项目 */
        leading?: boolean;
        /** @description 标志性项目 */
        landmark?: boolean;
        /** @description "三早"项目 */
        threeEarly?: boolean;
        /** @description 总投资下限（万元） */
        minTotalWan?: number;
        /** @description 总投资上限（万元） */
        maxTotalWan?: number;
        /** @description 国家投资项目代码（精确） */
        nationalCode?: string;
        /** @description 名称包含 */
        q?: string;
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
          'application/json': components['schemas']['ProjectPage'];
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
  ProjectsController_register: {
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
        'application/json': components['schemas']['RegisterProjectDto'];
      };
    };
    responses: {
      /** @description 已入库；返回项目编号、版本与事件 */
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
  ProjectsController_get: {
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
      /** @description 项目的当前记录及版本（ETag） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Project'];
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
  ProjectsController_revise: {
    parameters: {
      query?: never;
      header?: {
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
        /** @description 当前版本（GET 返回的 ETag）；版本已变化时返回 409 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviseDetailsDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
  ProjectsController_nationalCode: {
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
        'application/json': components['schemas']['NationalCodeDto'];
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
  ProjectsController_docking: {
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
        'application/json': components['schemas']['DatedDto'];
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
  ProjectsController_siteReady: {
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
        'application/json': components['schemas']['DatedDto'];
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
  ProjectsController_land: {
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
        'application/json': components['schemas']['LandDto'];
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
  ProjectsController_preparation: {
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
        'application/json': components['schemas']['DatedDto'];
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
  ProjectsController_start: {
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
        'application/json': components['schemas']['DatedDto'];
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
  ProjectsController_resume: {
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
        'application/json': components['schemas']['DatedDto'];
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
  ProjectsController_complete: {
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
        'application/json': components['schemas']['DatedDto'];
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
  ProjectsController_suspend: {
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
        'application/json': components['schemas']['ReasonedDateDto'];
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
  ProjectsController_reactivate: {
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
        'application/json': components['schemas']['DatedDto'];
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
  ProjectsController_cancel: {
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
        'application/json': components['schemas']['ReasonedDateDto'];
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
      /** @description 无权限。允许：project-office（市大项目办） */
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
  ProjectsController_correctStage: {
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
        'application/json': components['schemas']['CorrectStageDto'];
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
      /** @description 无权限。允许：project-office（市大项目办） */
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
  ProjectsController_plan: {
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
        'application/json': components['schemas']['AnnualPlanDto'];
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
  ProjectsController_investment: {
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
        'application/json': components['schemas']['MonthlyInvestmentDto'];
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
  ProjectsController_correctInvestment: {
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
        'application/json': components['schemas']['InvestmentCorrectionDto'];
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
  ProjectsController_statistics: {
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
        'application/json': components['schemas']['StatisticsInclusionDto'];
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
      /** @description 无权限。允许：statistics（市统计局）、project-office（市大项目办） */
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
  ProjectsController_leader: {
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
        'application/json': components['schemas']['AssignmentDto'];
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
      /** @description 无权限。允许：project-office（市大项目办） */
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
  ProjectsController_secretary: {
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
        'application/json': components['schemas']['AssignmentDto'];
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
      /** @description 无权限。允许：project-office（市大项目办） */
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
  ProjectsController_funding: {
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
        'application/json': components['schemas']['FrontEndFundingDto'];
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
      /** @description 无权限。允许：project-office（市大项目办） */
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
  ReferenceController_reference: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 只读；代码稳定 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Reference'];
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
}
