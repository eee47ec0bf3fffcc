import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsString, Length, Matches, Max, Min } from 'class-validator';
import { OptionalField } from './commands';

/** A business date, 1900–2099, that exists in the calendar. */
export const BUSINESS_DAY = /^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A date field of a DTO (YYYY-MM-DD, a real calendar day), documented in Chinese: one definition
 * for every context, so that the pattern the OpenAPI shows is the one the validator applies.
 */
export const DateField =
  (description: string, example: string, options: { optional?: boolean } = {}): PropertyDecorator =>
  (target, key) => {
    const doc = { description, example, type: String, format: 'date', pattern: BUSINESS_DAY.source };
    (options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc))(target, key);
    Matches(BUSINESS_DAY)(target, key);
    IsISO8601({ strict: true })(target, key);
  };

/** The largest amount any context takes (万元): 1万亿, beyond every project the city has. */
export const MAX_WAN = 100_000_000;

/** An amount in 万元 (an integer from `minimum`, default 0, to MAX_WAN), documented in Chinese. */
export const WanField =
  (description: string, example: number, options: { optional?: boolean; minimum?: number } = {}): PropertyDecorator =>
  (target, key) => {
    const minimum = options.minimum ?? 0;
    const doc = { description: `${description}（万元，整数）`, example, type: 'integer' as const, minimum, maximum: MAX_WAN };
    (options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc))(target, key);
    if (options.optional) OptionalField()(target, key);
    IsInt()(target, key);
    Min(minimum)(target, key);
    Max(MAX_WAN)(target, key);
  };

/** A free text of `min`–`max` characters, documented in Chinese. */
export const TextField =
  (description: string, example: string, options: { min?: number; max?: number; optional?: boolean } = {}): PropertyDecorator =>
  (target, key) => {
    const [min, max] = [options.min ?? 1, options.max ?? 500];
    const doc = { description, example, minLength: min, maxLength: max };
    (options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc))(target, key);
    if (options.optional) OptionalField()(target, key);
    IsString()(target, key);
    Length(min, max)(target, key);
  };
