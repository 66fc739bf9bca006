import type { CheckRequest, CheckResponse } from "../shared/contract";

/** What the task pane needs from Outlook and the service; React components never touch Office.js themselves. */
export interface TaskPaneHost {
  readDraft(): Promise<CheckRequest>;
  /** The check the Send made of this draft, while the draft is still as that check read it; else undefined. */
  handedOver(draft: CheckRequest): Promise<CheckResponse | undefined>;
  /** Checks the draft as one more check of the same draft (its key), and keeps the result as the draft's last check. */
  check(request: CheckRequest): Promise<CheckResponse>;
  /** Stores the answer with the draft (so the next Send passes) and records it with the service. */
  answer(checkId: string, answer: string): Promise<void>;
  /** The answer already given for this draft, if any. */
  savedAnswer(): Promise<string | undefined>;
}

/** Sign-in failed and needs the seller (consent, a blocked popup, no account). */
export class SignInRequired extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SignInRequired";
  }
}
