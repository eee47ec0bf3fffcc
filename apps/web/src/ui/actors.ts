import type { Names } from './reference';

/** Who recorded a fact, as a person reads it: the unit of the officer's grant, or the service that did it on its own. */
const ROLE_NAMES: Record<string, string> = {
  'project-office': '市大项目办',
  leadership: '市项目建设领导小组',
  statistics: '市统计局',
  admin: '平台管理员',
  leader: '市级包保领导',
  secretary: '项目秘书',
};
const SERVICE_NAMES: Record<string, string> = {
  registry: '项目储备库',
  approval: '审批服务',
  assessment: '考核服务',
  projection: '领导视图',
};
/** Who recorded it: the unit the account acted for, and the person's name when the token carried one ("南关区 张伟"). */
export function actorLabel(actor: { id: string; role: string; scope: string | null; name?: string }, names: Names): string {
  if (actor.role === 'system') return `${SERVICE_NAMES[actor.id.replace(/-service$/, '')] ?? '系统'}（自动）`;
  // The grant it acted under: "locality:nanguan", "department:ghj", or a role without a code.
  const code = actor.scope?.split(':')[1];
  const unit =
    actor.role === 'locality' && code
      ? names.locality(code)
      : actor.role === 'department' && code
        ? names.department(code)
        : (ROLE_NAMES[actor.role] ?? actor.role);
  if (!actor.name) return unit;
  return actor.name.includes(unit) ? actor.name : `${unit} ${actor.name}`;
}
