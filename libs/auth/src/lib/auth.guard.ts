import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ACCESS_RULE, type AccessRule, PUBLIC_ROUTE } from './access';
import { Caller } from './caller';
import { type Principal, ROLE_LABELS } from './grants';
import { TokenError, type TokenVerifier } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  caller?: Caller;
  /** Set by the edge when it verified the token before reading a body (`verifyBeforeBody`). */
  principal?: Principal;
}

/** `Authorization: Bearer <token>`, the scheme in any case (RFC 9110 §11.1). */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' ? (/^bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(header)?.[1] ?? undefined) : undefined;
}

export const MISSING_TOKEN = 'missing bearer token (Authorization: Bearer <token>)';

/** A 401's body: the Chinese a person reads, and the token's fault (as in WWW-Authenticate) for whoever supports them. */
export const unauthorizedBody = (reason: string) => ({
  statusCode: 401,
  error: 'Unauthorized',
  rule: 'auth.token',
  message: '未登录或登录已失效，请重新登录',
  detail: reason,
});

interface HttpResponse {
  setHeader(name: string, value: string): void;
}

/** Every HTTP route: a valid bearer token (401 otherwise), then a grant the route allows (403 otherwise). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // Kafka handlers: events, not callers
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    const refuse = (reason: string): never => {
      response.setHeader('WWW-Authenticate', `Bearer error="invalid_token", error_description="${reason}"`);
      throw new UnauthorizedException(unauthorizedBody(reason));
    };
    let principal = request.principal;
    if (!principal) {
      const token = bearerToken(request.headers['authorization']);
      if (!token) return refuse(MISSING_TOKEN);
      try {
        principal = await this.verifier.verify(token);
      } catch (error) {
        return refuse(error instanceof TokenError ? error.message : 'token could not be verified');
      }
    }

    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    if (!rule)
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        rule: 'access.undeclared',
        message: '此功能未开放（该地址没有声明访问规则）',
      });
    const grants = principal.grants.filter((g) => rule.kinds.includes(g.kind));
    if (grants.length === 0) {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        rule: 'access.role',
        message: `此项操作需要以下身份之一：${rule.kinds.map((k) => ROLE_LABELS[k]).join('、')}`,
      });
    }
    request.caller = new Caller(principal, grants);
    return true;
  }
}

/** Rate limits per caller (per address before authentication); health checks are not limited. */
@Injectable()
export class CallerThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const caller = request['caller'] as Caller | undefined;
    return caller ? `caller:${caller.id}` : `ip:${String(request['ip'])}`;
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    return this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]) ?? false;
  }
}
