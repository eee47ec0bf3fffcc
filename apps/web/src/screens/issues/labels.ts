/** Who an owner of an issue or a decision is, in words (names from the reference data). */
import type { Names } from '../../ui/reference';
import type { IssueNames } from '../../ui/issue-reference';

export function ownerLabel(
  owner: { kind: string; code: string | null },
  names: Pick<Names, 'locality' | 'department'>,
  issueNames: IssueNames,
): string {
  if (owner.kind === 'project-office' || owner.kind === 'city-leader' || !owner.code) return issueNames.level(owner.kind);
  return owner.kind === 'locality' ? names.locality(owner.code) : names.department(owner.code);
}
