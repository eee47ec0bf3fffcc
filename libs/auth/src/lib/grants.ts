import { DEPARTMENTS, LOCALITIES } from '@ccpc/contracts';

/**
 * Who a caller is, as the identity provider says: one or more grants such as
 * `locality:nanguan` or `project-office`. Pure: no framework, no I/O.
 */
export const ROLE_KINDS = ['locality', 'department', 'project-office', 'leader', 'secretary', 'leadership', 'statistics', 'admin'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** Kinds whose grant names a scope (`locality:<code>`); the others are city-wide. */
export const SCOPED_KINDS: ReadonlySet<RoleKind> = new Set(['locality', 'department', 'leader', 'secretary']);

export const ROLE_LABELS: Record<RoleKind, string> = {
  locality: '县（市）区政府、开发区管委会',
  department: '市直部门',
  'project-office': '市大项目办',
  leader: '市级领导',
  secretary: '项目秘书',
  leadership: '市项目建设领导小组',
  statistics: '市统计局',
  admin: '系统管理员',
};

export interface Grant {
  kind: RoleKind;
  /** The locality, department, leader or secretary code; null for city-wide kinds. */
  code: string | null;
  /** As written in the token, e.g. `locality:nanguan`. */
  raw: string;
}

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Localities and departments are reference data: a grant naming one that does not exist grants nothing. */
const KNOWN_CODES: Partial<Record<RoleKind, ReadonlySet<string>>> = {
  locality: new Set(LOCALITIES.map((l) => l.code)),
  department: new Set(DEPARTMENTS.map((d) => d.code)),
};

/** `locality:nanguan` → a grant; anything malformed or unknown (`locality:atlantis`) → undefined (ignored, never widened). */
export function parseGrant(raw: string): Grant | undefined {
  const [kind, code, ...rest] = raw.split(':');
  if (rest.length > 0 || !(ROLE_KINDS as readonly string[]).includes(kind ?? '')) return undefined;
  const k = kind as RoleKind;
  const known = KNOWN_CODES[k];
  if (known && (code === undefined || !known.has(code))) return undefined;
  if (SCOPED_KINDS.has(k)) return code !== undefined && CODE.test(code) ? { kind: k, code, raw } : undefined;
  return code === undefined ? { kind: k, code: null, raw } : undefined;
}

/** The authenticated caller. */
export interface Principal {
  /** The token's `sub`: stable user id at the identity provider. */
  id: string;
  name: string | null;
  grants: Grant[];
}

/** What a resource belongs to, for scope checks: any of these may be absent. */
export interface ResourceScope {
  localityCode?: string | null;
  departmentCode?: string | null;
  leaderIds?: readonly string[];
  secretaryIds?: readonly string[];
}

/** Does this grant cover the resource? City-wide grants cover everything. */
export function grantCovers(grant: Grant, resource: ResourceScope): boolean {
  switch (grant.kind) {
    case 'locality':
      return resource.localityCode === grant.code;
    case 'department':
      return resource.departmentCode === grant.code;
    case 'leader':
      return (resource.leaderIds ?? []).includes(grant.code ?? '');
    case 'secretary':
      return (resource.secretaryIds ?? []).includes(grant.code ?? '');
    default:
      return true;
  }
}
