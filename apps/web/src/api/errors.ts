import { chineseMessage } from './messages';

/** The services' one error shape, and what a person should read for it (in Chinese, with what to do). */
export interface ErrorBody {
  statusCode: number;
  error?: string;
  rule?: string;
  field?: string;
  message?: string;
  violations?: Array<{ field: string; rule: string; message: string }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }

  /** Per field, the service's message: a form shows each next to its field. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const v of this.body?.violations ?? []) out[v.field] ??= chineseMessage(v.message);
    if (this.body?.field && this.body.message && !out[this.body.field]) out[this.body.field] = chineseMessage(this.body.message);
    return out;
  }

  /** One sentence for a person: what happened and what to do. */
  explain(): string {
    const detail = this.body?.message && chineseMessage(this.body.message) === this.body.message ? `（${this.body.message}）` : '';
    switch (true) {
      case this.status === 0:
        return '无法连接服务，请检查网络后重试。';
      case this.status === 400 || this.status === 422:
        return `填写的内容不符合要求${detail}，请按提示修改后再提交。`;
      case this.status === 401:
        return '登录已过期，请重新登录。';
      case this.status === 403:
        return `您没有此项操作的权限${detail}。如需办理，请联系市大项目办。`;
      case this.status === 404:
        return '要找的项目或记录不存在，可能已被取消或您无权查看。';
      case this.status === 409:
        return `操作与项目当前状态冲突${detail}。`;
      case this.status === 413:
        return '提交的内容过大，请精简后再提交。';
      case this.status === 429:
        return '操作过于频繁，请稍候一分钟再试。';
      default:
        return '服务暂时不可用，请稍后重试；如持续出现，请联系平台管理员。';
    }
  }
}
