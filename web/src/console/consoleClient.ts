import type { CheckRequest, CheckResponse } from "../shared/contract";
import { ServiceError } from "../shared/serviceClient";
import type { PolicyDocument, PolicyVersion } from "./policyModel";
import type { Report } from "./reportModel";

export type SaveResult =
  | { kind: "saved"; version: PolicyVersion }
  | { kind: "invalid"; errors: Record<string, string[]> }
  | { kind: "conflict"; message: string };

export type ImportResult =
  | { kind: "imported"; accounts: number; contacts: number }
  | { kind: "rejected"; summary: string; rows: string[] }
  | { kind: "failed"; message: string };

export interface VersionSummary {
  version: number;
  changedBy: string;
  changedAt: string;
  rolledBackFrom: number | null;
}

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

  async history(): Promise<VersionSummary[]> {
    return (await this.send("GET", "/api/v1/policies/versions")).json() as Promise<VersionSummary[]>;
  }

  async version(version: number): Promise<PolicyVersion> {
    return (await this.send("GET", `/api/v1/policies/versions/${version}`)).json() as Promise<PolicyVersion>;
  }

  /** Makes an earlier version current again (as a new version); a conflict when someone saved since basedOn. */
  async rollback(version: number, basedOn: number): Promise<Exclude<SaveResult, { kind: "invalid" }>> {
    const response = await this.send("POST", `/api/v1/policies/versions/${version}/rollback`, undefined, { "If-Match": `"${basedOn}"` }, [412]);
    if (response.status === 412) return { kind: "conflict", message: ((await response.json()) as { detail?: string }).detail ?? "Someone else saved the policy first." };
    return { kind: "saved", version: (await response.json()) as PolicyVersion };
  }

  async importCrm(accounts: File, contacts: File): Promise<ImportResult> {
    const form = new FormData();
    form.append("accounts", accounts, "accounts.csv");
    form.append("contacts", contacts, "contacts.csv");
    const token = await this.token();
    const response = await fetch(`${this.origin}/api/v1/crm/import`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
    if (response.ok) return { kind: "imported", ...((await response.json()) as { accounts: number; contacts: number }) };
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string; errors?: Record<string, string[]> };
    if (response.status === 400)
      return { kind: "rejected", summary: problem.detail ?? problem.title ?? "The files are not valid.", rows: Object.values(problem.errors ?? {}).flat() };
    return { kind: "failed", message: problem.detail ?? problem.title ?? `The service answered ${response.status}.` };
  }

  async report(from: string, to: string, team: string): Promise<Report | { errors: Record<string, string[]> }> {
    const query = new URLSearchParams({ from, to, ...(team ? { team } : {}) });
    const response = await this.send("GET", `/api/v1/reports?${query}`, undefined, {}, [400]);
    if (response.status === 400) return { errors: ((await response.json()) as { errors?: Record<string, string[]> }).errors ?? {} };
    return (await response.json()) as Report;
  }

  async preview(document: PolicyDocument, draft: CheckRequest, team?: string): Promise<PolicyPreview | { errors: Record<string, string[]> }> {
    const response = await this.send("POST", "/api/v1/policies/preview", { policy: document, draft, team: team || undefined }, {}, [400]);
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
