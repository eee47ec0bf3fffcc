import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type AssessmentEvent, fixedAssetInvestmentStreams } from '@ccpc/contracts';
import type { AggregateDefinition, MongoEventStore } from '@ccpc/event-store';
import { type CommandSet, defineCommand, EVENT_STORE, ServiceCommands } from '@ccpc/event-store-nest';
import { type CommandOptions, foldStream } from '@ccpc/eventsourcing';
import { fixedAssetInvestmentView } from './fixed-asset-investment.view';
import {
  type FixedAssetInvestment,
  type FixedAssetInvestmentCommand,
  fixedAssetInvestmentDates,
  fixedAssetInvestmentDecider,
} from '@ccpc/assessment-domain';
import { MONTH, ReportFixedAssetInvestmentDto, ReviseFixedAssetInvestmentDto } from './fixed-asset-investment.dto';

export const fixedAssetInvestmentAggregate: AggregateDefinition<FixedAssetInvestmentCommand, AssessmentEvent, FixedAssetInvestment | null> =
  { name: 'FixedAssetInvestment', decider: fixedAssetInvestmentDecider, dates: fixedAssetInvestmentDates };

/** The statistics bureau publishes the city's figures (§29: 市统计局牵头). */
const WRITERS = ['statistics', 'admin'] as const;

/** City-wide figures: one stream per month, so a month is reported once and revised after; the route's roles decide. */
const onMonth = (caller: Caller, month: string, command: FixedAssetInvestmentCommand, options: CommandOptions) => {
  const actor = caller.actOn({});
  return {
    aggregate: fixedAssetInvestmentAggregate,
    id: month,
    streamId: fixedAssetInvestmentStreams.streamId(month),
    command,
    authorize: () => actor,
    options,
  };
};

/** The statistics bureau's commands on a month's figures, each once: routes and POST /batch run them alike. */
export const FIXED_ASSET_INVESTMENT_COMMANDS = {
  'report-figures': defineCommand<ReportFixedAssetInvestmentDto>({
    summary: '公布某月全社会固定资产投资累计数与上年同期数（市统计局；每月一次，其后只能修订）',
    allow: WRITERS,
    body: ReportFixedAssetInvestmentDto,
    creates: true,
    request: (_deps, caller, _target, body, options) =>
      onMonth(caller, body.month, { type: 'ReportFixedAssetInvestment', ...body }, options),
  }),
  'revise-figures': defineCommand<ReviseFixedAssetInvestmentDto>({
    path: 'revisions',
    id: { pattern: MONTH, what: '月份，格式 YYYY-MM' },
    summary: '修订某月数据（须说明理由；看板自修订公布日起采用修订数）',
    allow: WRITERS,
    body: ReviseFixedAssetInvestmentDto,
    request: (_deps, caller, target, body, options) =>
      onMonth(caller, target.id as string, { type: 'ReviseFixedAssetInvestment', ...body }, options),
  }),
};

/** The fixed-asset-investment command set, and a month as its stream says. */
@Injectable()
export class FixedAssetInvestmentCommands implements CommandSet {
  readonly commands = FIXED_ASSET_INVESTMENT_COMMANDS;
  readonly deps = undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: MongoEventStore,
    private readonly service: ServiceCommands,
  ) {}

  run(
    name: keyof typeof FIXED_ASSET_INVESTMENT_COMMANDS,
    caller: Caller,
    month: string | undefined,
    body: object,
    options: CommandOptions,
  ) {
    return this.service.run(this, name, caller, { id: month, params: {} }, body, options);
  }

  /** The month as its stream says, for the moment before the read model has it. */
  async fromStream(month: string) {
    return foldStream(fixedAssetInvestmentView, await this.store.readStream(fixedAssetInvestmentStreams.streamId(month)));
  }
}
