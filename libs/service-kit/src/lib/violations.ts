import type { ValidationError } from '@nestjs/common';
import { hasChinese, refusalText } from '@ccpc/contracts';

/** One broken constraint of a request: the field and rule for machines, the Chinese for a person. */
export interface Violation {
  field: string;
  rule: string;
  message: string;
}

/** What @nestjs/swagger records of a DTO property (its documentation is where the Chinese name and bounds live). */
interface PropertyDoc {
  description?: string;
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';

function docOf(target: object | undefined, property: string): PropertyDoc {
  if (!target) return {};
  return (Reflect.getMetadata(SWAGGER_PROPERTY, target, property) as PropertyDoc | undefined) ?? {};
}

/**
 * The field's Chinese name from its documented description: the words before the first note —
 * "入库日期（业务日期，缺省为今天…）" is 入库日期, "所属县（市）区/开发区：lvyuan 绿园区…" is
 * 所属县（市）区/开发区 (a short parenthesis is part of the name).
 */
export function fieldLabel(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const head = (description.split(/[：。，；]/)[0] ?? '').replace(/（[^）]*$/, '').replace(/（[^）]{4,}）.*$/, '');
  return head.trim() || undefined;
}

/** The Chinese of one broken constraint, with the bounds the field documents. */
export function constraintText(rule: string, doc: PropertyDoc): string {
  switch (rule) {
    case 'matches':
      return doc.example !== undefined && typeof doc.example !== 'object' ? `格式不正确，应形如 ${String(doc.example)}` : '格式不正确';
    case 'isLength':
      return doc.minLength !== undefined && doc.maxLength !== undefined
        ? `长度须为 ${doc.minLength}–${doc.maxLength} 个字`
        : refusalText('validation.isLength');
    case 'min':
      return doc.minimum !== undefined ? `不能小于 ${doc.minimum}` : refusalText('validation.min');
    case 'max':
      return doc.maximum !== undefined ? `不能大于 ${doc.maximum}` : refusalText('validation.max');
    case 'arrayMinSize':
      return doc.minItems !== undefined ? `至少选择 ${doc.minItems} 项` : refusalText('validation.arrayMinSize');
    case 'arrayMaxSize':
      return doc.maxItems !== undefined ? `最多选择 ${doc.maxItems} 项` : refusalText('validation.arrayMaxSize');
    default:
      return refusalText(`validation.${rule}`);
  }
}

/**
 * class-validator's errors as violations: each constraint with its field's path, its rule
 * (whitelistValidation is unknownField) and a Chinese message — the DTO's own when it is Chinese,
 * else the field's documented name and the constraint's meaning.
 */
export function violationsOf(errors: readonly ValidationError[], parent = ''): Violation[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const doc = docOf(e.target, e.property);
    const label = fieldLabel(doc.description) ?? '此项';
    const own = Object.entries(e.constraints ?? {}).map(([constraint, given]) => {
      const rule = constraint === 'whitelistValidation' ? 'unknownField' : constraint;
      if (rule === 'unknownField') return { field, rule, message: `“${e.property}”${refusalText('validation.unknownField')}` };
      return { field, rule, message: hasChinese(given) ? given : `${label}${constraintText(rule, doc)}` };
    });
    return [...own, ...violationsOf(e.children ?? [], field)];
  });
}
