import { ForbiddenException } from '@nestjs/common';
import type { Actor } from '@ccpc/contracts';
import { type Grant, grantCovers, type Principal, type ResourceScope } from './grants';

const describeResource = (r: ResourceScope): string =>
  [r.localityCode && `locality:${r.localityCode}`, r.departmentCode && `department:${r.departmentCode}`].filter(Boolean).join(' / ') ||
  'unscoped';

/** What the caller may see in a list: everything, or the union of these scopes. */
export type Visibility =
  { all: true } | { all: false; localityCodes: string[]; departmentCodes: string[]; leaderIds: string[]; secretaryIds: string[] };

/**
 * The authenticated caller on one route: their grants that the route allows. The route's
 * `@Allow` says which kinds may call it; `actOn` says whether one of those grants covers the
 * resource at hand (a 区 officer acts only on that 区's projects).
 */
export class Caller {
  constructor(
    readonly principal: Principal,
    /** The caller's grants that this route allows (at least one). */
    readonly grants: readonly Grant[],
  ) {}

  get id(): string {
    return this.principal.id;
  }

  /** The grant under which the caller acts on the resource, as the actor of the events; 403 if none covers it. */
  actOn(resource: ResourceScope): Actor {
    const grant = this.grants.find((g) => grantCovers(g, resource));
    if (!grant) {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        rule: 'access.scope',
        message: `${this.grants.map((g) => g.raw).join(', ')} 无权操作此资源（所属 ${describeResource(resource)}）`,
      });
    }
    const { id, name } = this.principal;
    return { id, role: grant.kind, scope: grant.raw, ...(name ? { name } : {}) };
  }

  /**
   * Whether the caller could act on the resource under one of these kinds of grant (a command's
   * `allow`), from any of its grants — not only this route's: what a read route offers as actions.
   */
  mayAct(kinds: readonly string[], resource: ResourceScope): boolean {
    return this.principal.grants.some((g) => kinds.includes(g.kind) && grantCovers(g, resource));
  }

  sees(resource: ResourceScope): boolean {
    return this.grants.some((g) => grantCovers(g, resource));
  }

  visibility(): Visibility {
    if (this.grants.some((g) => g.code === null)) return { all: true };
    const codes = (kind: Grant['kind']) => this.grants.filter((g) => g.kind === kind).map((g) => g.code as string);
    return {
      all: false,
      localityCodes: codes('locality'),
      departmentCodes: codes('department'),
      leaderIds: codes('leader'),
      secretaryIds: codes('secretary'),
    };
  }
}
