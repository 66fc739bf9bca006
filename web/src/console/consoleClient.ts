import type { CheckRequest, CheckResponse } from "../shared/contract";
import { ServiceError } from "../shared/serviceClient";
import type { PolicyDocument, PolicyVersion } from "./policyModel";

export type SaveResult =
  | { kind: "saved"; version: PolicyVersion }
  | { kind: "invalid"; errors: Record<string, string[]> }
  | { kind: "conflict"; message: string };

export interface PolicyPreview {
  unsaved: Omit<CheckResponse, "checkId">;
  saved: Omit<CheckResponse, "checkId">;
}

/** The manager endpoints of the service, with the manager's bearer token. */
export class ConsoleClient {
  constructor(
    private readonly origin: string,
    private readonly token: () => Promise<string>,
  ) {}

  async currentPolicy(): Promise<PolicyVersion> {
    return (await this.send("GET", "/api/v1/policies/current")).json() as Promise<PolicyVersion>;
  }

  async savePolicy(document: PolicyDocument, basedOn: number): Promise<SaveResult> {
    const response = await this.send("PUT", "/api/v1/policies/current", document, { "If-Match": `"${basedOn}"` }, [400, 412]);
    if (response.status === 400) return { kind: "invalid", errors: ((await response.json()) as { errors?: Record<string, string[]> }).errors ?? {} };
    if (response.status === 412) return { kind: "conflict", message: ((await response.json()) as { detail?: string }).detail ?? "Someone else saved the policy first." };
    return { kind: "saved", version: (await response.json()) as PolicyVersion };
  }

  async preview(document: PolicyDocument, draft: CheckRequest): Promise<PolicyPreview | { errors: Record<string, string[]> }> {
    const response = await this.send("POST", "/api/v1/policies/preview", { policy: document, draft }, {}, [400]);
    if (response.status === 400) return { errors: ((await response.json()) as { errors?: Record<string, string[]> }).errors ?? {} };
    return (await response.json()) as PolicyPreview;
  }

  private async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, expected: number[] = []): Promise<Response> {
    const token = await this.token();
    const response = await fetch(this.origin + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok && !expected.includes(response.status)) {
      let message = `The service answered ${response.status}.`;
      try {
        const problem = (await response.json()) as { title?: string; detail?: string };
        message = problem.detail ?? problem.title ?? message;
      } catch {
        // Not problem details: keep the status.
      }
      throw new ServiceError(response.status, message);
    }
    return response;
  }
}
