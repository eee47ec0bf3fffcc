import type { FormInstance } from 'antd';
import { ApiError } from '../api/errors';

/**
 * A refused command, shown on its form: each field the service names gets its Chinese message
 * beside it; returns the error (as an ApiError) and its sentence for the form's banner.
 */
export function showRefusal<Values>(
  form: FormInstance<Values>,
  failure: unknown,
  fields: readonly string[],
): { error: ApiError; sentence: string } {
  const error = failure instanceof ApiError ? failure : new ApiError(0, undefined);
  const messages = error.fieldErrors();
  form.setFields(
    Object.keys(messages)
      .filter((f) => fields.includes(f))
      .map((f) => ({ name: f as never, errors: [messages[f] as string] })),
  );
  return { error, sentence: error.explain() };
}
