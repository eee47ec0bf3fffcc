// Generated from docs/openapi/assessment.json by apps/web/server/generate-api.ts — do not edit.
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
  '/fixed-asset-investment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各月数据（最近的月份在前），可按年度筛选 */
    get: operations['FixedAssetInvestmentController_list'];
    put?: never;
    /** 公布某月全社会固定资产投资累计数与上年同期数（市统计局；每月一次，其后只能修订） */
    post: operations['FixedAssetInvestmentController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fixed-asset-investment/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某月数据（ETag 为版本） */
    get: operations['FixedAssetInvestmentController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fixed-asset-investment/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修订某月数据（须说明理由；看板自修订公布日起采用修订数） */
    post: operations['FixedAssetInvestmentController_revise'];
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
      commands: (components['schemas']['BatchCommand_report-figures'] | components['schemas']['BatchCommand_revise-figures'])[];
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
    ReportFixedAssetInvestmentDto: {
      /**
       * @description 本年1月至该月全社会固定资产投资累计（入统数）（万元，整数）
       * @example 23456000
       */
      cumulativeWan: number;
      /**
       * @description 上年同期累计（万元，整数）
       * @example 21000000
       */
      samePeriodLastYearWan: number;
      /**
       * Format: date
       * @description 公布日期（YYYY-MM-DD）：看板自此日起采用该数据；不得早于数据所属月份、不得晚于今天
       * @example 2018-07-15
       */
      publishedOn: string;
      /**
       * @description 数据所属月份（YYYY-MM）
       * @example 2018-06
       */
      month: string;
    };
    ReviseFixedAssetInvestmentDto: {
      /**
       * @description 本年1月至该月全社会固定资产投资累计（入统数）（万元，整数）
       * @example 23456000
       */
      cumulativeWan: number;
      /**
       * @description 上年同期累计（万元，整数）
       * @example 21000000
       */
      samePeriodLastYearWan: number;
      /**
       * Format: date
       * @description 公布日期（YYYY-MM-DD）：看板自此日起采用该数据；不得早于数据所属月份、不得晚于今天
       * @example 2018-07-15
       */
      publishedOn: string;
      /**
       * @description 修订理由（记入历史）
       * @example 补充入统项目
       */
      reason: string;
    };
    'BatchCommand_report-figures': {
      /**
       * @description 公布某月全社会固定资产投资累计数与上年同期数（市统计局；每月一次，其后只能修订） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'report-figures';
      body: components['schemas']['ReportFixedAssetInvestmentDto'];
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
    'BatchCommand_revise-figures': {
      /**
       * @description 修订某月数据（须说明理由；看板自修订公布日起采用修订数） (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      command: 'revise-figures';
      body: components['schemas']['ReviseFixedAssetInvestmentDto'];
      /** @description 本条命令的幂等键（同单条命令的 Idempotency-Key） */
      idempotencyKey?: string;
      /** @description 期望版本（同 If-Match） */
      expectedVersion?: number;
      /**
       * @description 以调用者的哪一个身份执行（调用者持有多个身份时，如 "locality:chaoyang"、"project-office"；不填则用命令允许的任一身份）
       * @example locality:chaoyang
       */
      as?: string;
      /** @description 对象编号（月份，格式 YYYY-MM） */
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
    FixedAssetInvestment: components['schemas']['FixedAssetInvestmentView'];
    FixedAssetInvestmentPage: components['schemas']['Page_FixedAssetInvestmentView'];
    FixedAssetInvestmentView: {
      month: string;
      cumulativeWan: number;
      samePeriodLastYearWan: number;
      publishedOn: string;
      revisions: number;
      version: number;
      updatedAt: string;
    };
    Page_FixedAssetInvestmentView: {
      items: components['schemas']['FixedAssetInvestmentView'][];
      total: number;
      page: number;
      pageSize: number;
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
  FixedAssetInvestmentController_list: {
    parameters: {
      query?: {
        /** @description 年度 */
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
          'application/json': components['schemas']['FixedAssetInvestmentPage'];
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
  FixedAssetInvestmentController_report: {
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
        'application/json': components['schemas']['ReportFixedAssetInvestmentDto'];
      };
    };
    responses: {
      /** @description 已公布；返回月份（id）、版本与事件 */
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
      /** @description 无权限。允许：statistics（市统计局）、admin（系统管理员） */
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
  FixedAssetInvestmentController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description 数据所属月份（YYYY-MM） */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 某月数据及其版本（ETag） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FixedAssetInvestment'];
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
  FixedAssetInvestmentController_revise: {
    parameters: {
      query?: never;
      header?: {
        /** @description 当前版本（GET 返回的 ETag）；版本已变化时返回 409 */
        'If-Match'?: string;
        /** @description 重试同一命令时使用相同的键，只执行一次 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description 数据所属月份（YYYY-MM） */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviseFixedAssetInvestmentDto'];
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
      /** @description 无权限。允许：statistics（市统计局）、admin（系统管理员） */
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
}
