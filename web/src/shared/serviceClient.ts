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
    protected readonly origin: string,
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
    const response = await this.request(method, path, { body, signal });
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /**
   * One call with the bearer token: JSON bodies (or a FormData as it is). An error status throws a ServiceError with
   * the problem's words, except the statuses the caller handles itself (allow).
   */
  protected async request(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; allow?: number[]; signal?: AbortSignal } = {},
  ): Promise<Response> {
    const token = await this.token();
    const { body } = options;
    const json = body !== undefined && !(body instanceof FormData);
    const response = await fetch(this.origin + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(json ? { "Content-Type": "application/json" } : {}), ...options.headers },
      body: body === undefined ? null : json ? JSON.stringify(body) : (body as FormData),
      signal: options.signal ?? null,
    });
    if (!response.ok && !(options.allow ?? []).includes(response.status)) throw new ServiceError(response.status, await problemText(response));
    return response;
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
