import type { CheckRequest, CheckResponse } from "../shared/contract";

/** What the task pane needs from Outlook and the service; React components never touch Office.js themselves. */
export interface TaskPaneHost {
  readDraft(): Promise<CheckRequest>;
  /**
   * What the draft's stored state holds for the pane that opens on it, read once: the answer already given for this
   * draft, and the check the Send made of it while the draft is still as that check read it.
   */
  opened(draft: CheckRequest): Promise<{ answered?: string; handedOver?: CheckResponse }>;
  /** Checks the draft as one more check of the same draft (its key), and keeps the result as the draft's last check. */
  check(request: CheckRequest): Promise<CheckResponse>;
  /** Stores the answer with the draft (so the next Send passes) and records it with the service. */
  answer(checkId: string, answer: string): Promise<void>;
}

/** Sign-in failed and needs the seller (consent, a blocked popup, no account). */
export class SignInRequired extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SignInRequired";
  }
}
