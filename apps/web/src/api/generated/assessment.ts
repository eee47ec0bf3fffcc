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
    /** @description 每个错误的同一形状：状态码、规则名（rule）、出错字段（field）与说明 */
    ErrorBody: {
      statusCode: number;
      error: string;
      /** @example validation.isIn */
      rule: string;
      field?: string;
      message: string;
      violations?: {
        field?: string;
        rule?: string;
        message?: string;
      }[];
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
      /** @description { items, total, page, pageSize } */
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
      /** @description 已公布；返回月份、版本与事件 */
      201: {
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
