import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsString, Length, Matches, Max, Min } from 'class-validator';
import { MAX_WAN } from '@ccpc/registry-domain';
import { OptionalField } from '@ccpc/service-kit';

// Dates of the platform's business: 1900–2099 (class-validator cannot tell a real date in years below 100).
export const DAY = /^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const NATIONAL_CODE_PATTERN = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;
export const PERSON_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
export const labels = (entries: Record<string, string>) =>
  Object.entries(entries)
    .map(([k, v]) => `${k} ${v}`)
    .join('；');
export const listOf = (items: ReadonlyArray<{ code: string; name: string }>) => items.map((i) => `${i.code} ${i.name}`).join('；');

export function DateField(description: string, example = '2018-04-16', optional = false): PropertyDecorator {
  return (target, key) => {
    (optional ? ApiPropertyOptional : ApiProperty)({
      description: `${description}（YYYY-MM-DD）`,
      example,
      type: String,
      format: 'date',
      pattern: DAY.source,
    })(target, key);
    if (optional) OptionalField()(target, key);
    Matches(DAY)(target, key);
    IsISO8601({ strict: true })(target, key);
  };
}

export function Wan(description: string, example: number, optional = false, minimum = 0): PropertyDecorator {
  return (target, key) => {
    (optional ? ApiPropertyOptional : ApiProperty)({
      description: `${description}（万元，整数）`,
      example,
      type: 'integer',
      minimum,
      maximum: MAX_WAN,
    })(target, key);
    IsInt()(target, key);
    Min(minimum)(target, key);
    Max(MAX_WAN)(target, key);
    if (optional) OptionalField()(target, key);
  };
}

export const Reason = (): PropertyDecorator => (target, key) => {
  ApiProperty({ description: '理由（必填，记入历史）', example: '经市大项目办核实', minLength: 2, maxLength: 500 })(target, key);
  IsString()(target, key);
  Length(2, 500)(target, key);
};
