import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Caller } from './caller';
import { ROLE_LABELS, type RoleKind } from './grants';

export const ACCESS_RULE = 'ccpc:access-rule';
export const PUBLIC_ROUTE = 'ccpc:public-route';

export interface AccessRule {
  kinds: readonly RoleKind[];
}

/**
 * Who may call this route: the kinds of grant allowed. Scoped kinds (locality, department,
 * leader, secretary) act only on resources in their scope, which the handler checks with
 * `caller.actOn(resource)`. A route without `@Allow` or `@Public` refuses everyone (403).
 */
export function Allow(...kinds: RoleKind[]): MethodDecorator & ClassDecorator {
  const who = kinds.map((k) => `${k}（${ROLE_LABELS[k]}）`).join('、');
  return applyDecorators(
    SetMetadata(ACCESS_RULE, { kinds } satisfies AccessRule),
    ApiBearerAuth(),
    ApiExtension('x-allowed-roles', kinds),
    ApiUnauthorizedResponse({ description: '未认证：缺少令牌，或令牌无效、过期' }),
    ApiForbiddenResponse({ description: `无权限。允许：${who}` }),
  );
}

/** No token needed (health checks). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** The authenticated caller of the route, as the guard established it. */
export const CurrentCaller = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Caller => ctx.switchToHttp().getRequest<{ caller: Caller }>().caller,
);
