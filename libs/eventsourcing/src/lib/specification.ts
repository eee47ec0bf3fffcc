import type { DomainEvent } from '@ccpc/contracts';
import { type Decider, fold } from './decider';

/**
 * given(events).when(command).then(events) — or .thenThrows(rule) — for deciders.
 * Assertions use jest's expect, which the caller's test file provides as a global.
 */
export function deciderSpec<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
  return {
    given(history: readonly Event[] = []) {
      return {
        when(command: Command) {
          const run = () => decider.decide(command, fold(decider, history));
          return {
            then(expected: readonly Event[]): void {
              expect(run()).toEqual(expected);
            },
            thenThrows(rule: string, message?: string | RegExp): void {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toMatchObject({ name: 'DomainError', rule });
              if (message !== undefined) expect((thrown as Error).message).toMatch(message);
            },
          };
        },
      };
    },
  };
}
