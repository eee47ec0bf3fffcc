import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { type ProjectionStore, ReadModelMirror } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import { APPROVAL_VIEW, type ApprovalCaseView } from './approval-case.view';
import { seesCase } from './case-access';

/**
 * The approval cases kept whole in memory for the lists that search, filter and sort them (the
 * inbox folds every open case on each request; the case list filters by name, department and
 * 超期, which the database cannot index): read once, then kept current document by document —
 * what this process applies before the next answer, what other replicas applied within two
 * seconds (ReadModelMirror). A page of the demo city's 1,300 cases read from the database took
 * 5–6 s.
 */
@Injectable()
export class CaseMirror implements OnModuleDestroy {
  private readonly mirror: ReadModelMirror<ApprovalCaseView>;

  constructor(@Inject(readModelToken(APPROVAL_VIEW)) view: ProjectionStore<ApprovalCaseView>) {
    this.mirror = new ReadModelMirror(view);
    this.mirror.keepWarm();
  }

  onModuleDestroy(): void {
    this.mirror.close();
  }

  /** Every case the caller sees: its 区's, those with an item of its department, or all. */
  async visibleTo(caller: Caller): Promise<ApprovalCaseView[]> {
    const all = caller.visibility().all;
    return [...(await this.mirror.current()).values()].map(({ doc }) => doc).filter((doc) => all || seesCase(caller, doc));
  }
}
