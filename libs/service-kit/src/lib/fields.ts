import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';

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
