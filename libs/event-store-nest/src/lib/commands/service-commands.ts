import { BadRequestException, ForbiddenException, type Type } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { Caller, ROLE_LABELS } from '@ccpc/auth';
import type { AnyCommandRequest, CommandRunner } from '@ccpc/event-store';
import type { CommandOptions, CommandResult } from '@ccpc/eventsourcing';
import { type ErrorBody, errorBodyOf, type OpenApiAmendment, validationError } from '@ccpc/service-kit';
import type { BatchCommandDto, BatchResponseDto, BatchSlotDto } from './batch.dto';
import { batchSchemas } from './batch.schema';
import type { CommandDefinition, CommandSet, CommandTarget } from './command-set';

/** How a body is validated: as the global ValidationPipe does for a single route. */
const VALIDATION = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;
const UUID = { pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, what: 'UUID' };

type Violation = NonNullable<ErrorBody['violations']>[number];
interface Known {
  definition: CommandDefinition;
  deps: unknown;
}
interface Checked {
  known: Known;
  entry: BatchCommandDto;
  body: object;
  params: Record<string, string>;
}

const prefixed = (errors: ValidationError[], prefix: string): ValidationError[] =>
  errors.map((e) => ({ ...e, property: `${prefix}.${e.property}` }));

/**
 * The service's commands, as its routes run them one at a time and its batch route many at once.
 * A batch is checked whole first — every entry's command, id, parameters and body as its single
 * route would (the OpenAPI document says the same, command by command): one malformed entry
 * refuses the batch with 400 and runs nothing. Then each entry is authorised by its command's
 * `allow` and the aggregate's scope, decided and made idempotent by its own key — exactly as if
 * sent alone — with its result or refusal in its slot.
 */
export class ServiceCommands implements OpenApiAmendment {
  private known?: Map<string, Known>;

  constructor(
    readonly runner: CommandRunner,
    private readonly moduleRef: ModuleRef,
    private readonly sets: ReadonlyArray<Type<CommandSet>>, // filled by the feature modules before the first batch
  ) {}

  /** One command of a set, from its single HTTP route (the route validated the body and the caller's kind). */
  async run<Deps>(
    set: CommandSet<Deps>,
    name: string,
    caller: Caller,
    target: CommandTarget,
    body: object,
    options: CommandOptions,
  ): Promise<CommandResult> {
    const definition = set.commands[name];
    if (!definition) throw new Error(`no command ${name} in this set`);
    return this.runner.run(await definition.request(set.deps, caller, target, body, options));
  }

  /** Many commands, any of the service's: a result or an error per entry, in order. */
  async batch(caller: Caller, entries: readonly BatchCommandDto[], correlationId?: string): Promise<BatchResponseDto> {
    const checked = await this.check(entries);
    const slots: BatchSlotDto[] = entries.map((_, index) => ({ index, status: 0 }));
    const prepared: Array<{ index: number; request: AnyCommandRequest }> = [];
    await Promise.all(
      checked.map(async ({ known, entry, body, params }, index) => {
        try {
          // An entry may name which of the caller's roles it acts under (a caller holding several).
          if (entry.as && !caller.principal.grants.some((g) => g.raw === entry.as))
            throw new ForbiddenException({
              statusCode: 403,
              error: 'Forbidden',
              rule: 'access.role',
              field: 'as',
              message: `调用者不持有身份 ${entry.as}（as）`,
            });
          const grants = caller.principal.grants.filter(
            (g) => known.definition.allow.includes(g.kind) && (!entry.as || g.raw === entry.as),
          );
          if (grants.length === 0)
            throw new ForbiddenException({
              statusCode: 403,
              error: 'Forbidden',
              rule: 'access.role',
              message: `命令 ${entry.command} 需要以下身份之一：${known.definition.allow.map((k) => ROLE_LABELS[k]).join('、')}`,
            });
          const options: CommandOptions = { expectedVersion: entry.expectedVersion, idempotencyKey: entry.idempotencyKey, correlationId };
          const who = new Caller(caller.principal, grants);
          prepared.push({ index, request: await known.definition.request(known.deps, who, { id: entry.id, params }, body, options) });
        } catch (error) {
          slots[index] = { index, ...this.refusal(error) };
        }
      }),
    );
    prepared.sort((a, b) => a.index - b.index);
    const outcomes = await this.runner.runMany(prepared.map((p) => p.request));
    outcomes.forEach((outcome, k) => {
      const index = (prepared[k] as { index: number }).index;
      slots[index] = outcome instanceof Error ? { index, ...this.refusal(outcome) } : { index, status: 200, result: outcome };
    });
    return {
      results: slots,
      applied: slots.filter((s) => s.result && !s.result.replayed).length,
      replayed: slots.filter((s) => s.result?.replayed).length,
      refused: slots.filter((s) => s.error).length,
    };
  }

  /** The batch route's schema, command by command (each with its own body, id and parameters). */
  amend(document: OpenAPIObject): void {
    batchSchemas(document, this.commands());
  }

  private commands(): Map<string, Known> {
    if (!this.known) {
      const known = new Map<string, Known>();
      for (const type of this.sets) {
        const set = this.moduleRef.get(type, { strict: false });
        for (const [command, definition] of Object.entries(set.commands)) {
          if (known.has(command)) throw new Error(`command ${command} is defined twice in this service`);
          known.set(command, { definition, deps: set.deps });
        }
      }
      this.known = known;
    }
    return this.known;
  }

  private refusal(error: unknown): Pick<BatchSlotDto, 'status' | 'error'> {
    const { statusCode, error: text, rule, field, message } = errorBodyOf(error);
    return { status: statusCode, error: { statusCode, error: text, rule, ...(field ? { field } : {}), message } };
  }

  /** Every entry as its single route would take it, or 400 naming every entry and field at fault. */
  private async check(entries: readonly BatchCommandDto[]): Promise<Checked[]> {
    const violations: Violation[] = [];
    const checked: Checked[] = [];
    for (const [index, entry] of entries.entries()) {
      const at = `commands[${index}]`;
      const known = this.commands().get(entry.command);
      if (!known) {
        violations.push({
          field: `${at}.command`,
          rule: 'isIn',
          message: `第 ${index + 1} 条：本服务没有命令“${entry.command}”（有：${[...this.commands().keys()].join('、')}）`,
        });
        continue;
      }
      const { definition } = known;
      const before = violations.length;
      const id = definition.id ?? UUID;
      if (definition.creates && entry.id !== undefined)
        violations.push({
          field: `${at}.id`,
          rule: 'isEmpty',
          message: `第 ${index + 1} 条：命令 ${entry.command} 新建对象，不应给出 id`,
        });
      else if (!definition.creates && entry.id === undefined)
        violations.push({ field: `${at}.id`, rule: 'isDefined', message: `第 ${index + 1} 条：命令 ${entry.command} 须给出 id` });
      else if (entry.id !== undefined && !id.pattern.test(entry.id))
        violations.push({ field: `${at}.id`, rule: 'matches', message: `第 ${index + 1} 条：id 格式不正确（${id.what}）` });
      const params: Record<string, string> = {};
      const expected = definition.params ?? {};
      for (const name of Object.keys(entry.params ?? {}))
        if (!(name in expected))
          violations.push({
            field: `${at}.params.${name}`,
            rule: 'unknownField',
            message: `第 ${index + 1} 条：“${name}”不是命令 ${entry.command} 的参数`,
          });
      for (const [name, pattern] of Object.entries(expected)) {
        const value = entry.params?.[name];
        if (value === undefined)
          violations.push({ field: `${at}.params.${name}`, rule: 'isDefined', message: `第 ${index + 1} 条：须给出参数 ${name}` });
        else if (!pattern.test(value))
          violations.push({
            field: `${at}.params.${name}`,
            rule: 'matches',
            message: `第 ${index + 1} 条：参数 ${name} 格式不正确（${pattern.source}）`,
          });
        else params[name] = value;
      }
      const body = plainToInstance(definition.body, entry.body) as object;
      const errors = await validate(body, VALIDATION);
      if (errors.length > 0)
        violations.push(...((validationError(prefixed(errors, `${at}.body`)).getResponse() as ErrorBody).violations ?? []));
      if (violations.length === before) checked.push({ known, entry, body, params });
    }
    const first = violations[0];
    if (first)
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        rule: `validation.${first.rule}`,
        field: first.field,
        message: violations.map((v) => v.message).join('; '),
        violations,
      } satisfies ErrorBody);
    return checked;
  }
}
