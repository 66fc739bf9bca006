import type { AddInSettings, CheckRequest, CheckResponse, DecisionOutcome, RecipientFacts } from "./contract";

/** The service answered with an error status; the problem details' title or detail is the message. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

/** Calls the Value Check service with the seller's bearer token. Absolute URLs: classic Outlook's runtime needs them. */
export class ServiceClient {
  constructor(
    private readonly origin: string,
    private readonly token: () => Promise<string>,
  ) {}

  check(request: CheckRequest, signal?: AbortSignal): Promise<CheckResponse> {
    return this.send<CheckResponse>("POST", "/api/v1/checks", request, signal);
  }

  lookup(addresses: string[], signal?: AbortSignal): Promise<RecipientFacts[]> {
    return this.send<RecipientFacts[]>("POST", "/api/v1/recipients/lookup", { addresses }, signal);
  }

  settings(signal?: AbortSignal): Promise<AddInSettings> {
    return this.send<AddInSettings>("GET", "/api/v1/addin/settings", undefined, signal);
  }

  async recordDecision(checkId: string, outcome: DecisionOutcome, valueAnswer?: string, signal?: AbortSignal): Promise<void> {
    await this.send<void>("POST", "/api/v1/decisions", { checkId, outcome, valueAnswer }, signal);
  }

  private async send<T>(method: string, path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const token = await this.token();
    const response = await fetch(this.origin + path, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
    if (!response.ok) throw new ServiceError(response.status, await problemText(response));
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
}

async function problemText(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as { title?: string; detail?: string };
    return problem.detail ?? problem.title ?? `The service answered ${response.status}.`;
  } catch {
    return `The service answered ${response.status}.`;
  }
}
