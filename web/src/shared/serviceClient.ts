import type { AddInSettings, CheckRequest, CheckResponse, DecisionOutcome, RecipientFacts } from "./contract";

/** The service answered with an error status; the problem details' title or detail is the message. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** From Retry-After (seconds) on 429 and 503, when the service sent one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

/** How often the seller's answer is sent while the service says 503 (storage restarting), and the longest pause. */
const decisionAttempts = 3;
const longestPauseSeconds = 10;

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

  /**
   * Records what the seller did. A 503 means the service's storage is briefly away and nothing was saved: the
   * answer is sent again after the pause the service asks for, so it is not lost to a database restart.
   */
  async recordDecision(checkId: string, outcome: DecisionOutcome, valueAnswer?: string, signal?: AbortSignal): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.send<void>("POST", "/api/v1/decisions", { checkId, outcome, valueAnswer }, signal);
        return;
      } catch (error) {
        if (!(error instanceof ServiceError) || error.status !== 503 || attempt >= decisionAttempts) throw error;
        await pause(Math.min(error.retryAfterSeconds ?? 5, longestPauseSeconds) * 1000, signal);
      }
    }
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
    if (!response.ok && !(options.allow ?? []).includes(response.status))
      throw new ServiceError(response.status, await problemText(response), retryAfterOf(response));
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

function retryAfterOf(response: Response): number | undefined {
  const seconds = Number(response.headers.get("Retry-After") ?? NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

function pause(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
