import type { DomainEvent } from '@ccpc/contracts';
import { type Decider, DomainError } from './decider';
import { deciderSpec } from './specification';

// A small decider to pin down the helpers: a funding grant that can be approved once and paid up to its amount.
type GrantEvent = DomainEvent<'GrantApproved', { amountWan: number }> | DomainEvent<'GrantPaid', { amountWan: number }>;
type GrantCommand = { type: 'ApproveGrant'; amountWan: number } | { type: 'PayGrant'; amountWan: number };
type GrantState = { status: 'none' } | { status: 'approved'; amountWan: number; paidWan: number };

const grant: Decider<GrantCommand, GrantEvent, GrantState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'GrantApproved':
        return { status: 'approved', amountWan: event.data.amountWan, paidWan: 0 };
      case 'GrantPaid':
        return state.status === 'approved' ? { ...state, paidWan: state.paidWan + event.data.amountWan } : state;
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'ApproveGrant':
        if (state.status !== 'none') throw new DomainError('grant.already-approved', '前期经费已批复');
        return [{ type: 'GrantApproved', data: { amountWan: command.amountWan } }];
      case 'PayGrant':
        if (state.status !== 'approved') throw new DomainError('grant.not-approved', '前期经费尚未批复');
        if (state.paidWan + command.amountWan > state.amountWan) {
          throw new DomainError('grant.over-paid', `拨付超出批复金额 ${state.amountWan} 万元`, { field: 'amountWan' });
        }
        return [{ type: 'GrantPaid', data: { amountWan: command.amountWan } }];
    }
  },
};

const spec = deciderSpec(grant);

describe('decider specification helpers', () => {
  describe('when nothing happened yet', () => {
    it('decides the first event', () => {
      spec
        .given([])
        .when({ type: 'ApproveGrant', amountWan: 300 })
        .then([{ type: 'GrantApproved', data: { amountWan: 300 } }]);
    });
  });

  describe('when the history folds into a state', () => {
    it('decides against the folded state', () => {
      spec
        .given([
          { type: 'GrantApproved', data: { amountWan: 300 } },
          { type: 'GrantPaid', data: { amountWan: 200 } },
        ])
        .when({ type: 'PayGrant', amountWan: 100 })
        .then([{ type: 'GrantPaid', data: { amountWan: 100 } }]);
    });
  });

  describe('when a rule refuses the command', () => {
    it('names the rule and the message', () => {
      spec
        .given([{ type: 'GrantApproved', data: { amountWan: 300 } }])
        .when({ type: 'PayGrant', amountWan: 301 })
        .thenThrows('grant.over-paid', /超出批复金额 300 万元/);
      spec.given([]).when({ type: 'PayGrant', amountWan: 1 }).thenThrows('grant.not-approved');
    });
  });
});
