import type { CheckRequest, CheckResponse } from "../shared/contract";
import { ServiceClient } from "../shared/serviceClient";
import type { PolicyDocument, PolicyVersion } from "./policyModel";
import type { Report } from "./reportModel";
import { app, crm } from "./strings";

export type SaveResult =
  | { kind: "saved"; version: PolicyVersion }
  | { kind: "invalid"; errors: Record<string, string[]> }
  | { kind: "conflict"; message: string };

export interface CrmContents {
  kind: string;
  source: string;
  /** Null for a remote CRM, which the service does not count. */
  accounts: number | null;
  contacts: number | null;
  doNotEmail: number | null;
  matches: {
    account: { id: string; name: string; domain: string | null; relationship: string; ownerEmail: string | null; openHighSeverityCases: number };
    contacts: { email: string; firstName: string | null; lastName: string | null; doNotEmail: boolean }[];
  }[];
}

export type ImportResult =
  | { kind: "imported"; accounts: number; contacts: number }
  | { kind: "rejected"; summary: string; rows: string[] }
  /** The files have no rows: importing them empties the CRM, which the manager must confirm (then send replaceWithEmpty). */
  | { kind: "wouldEmpty"; message: string }
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
export class ConsoleClient extends ServiceClient {
  async currentPolicy(): Promise<PolicyVersion> {
    return (await this.request("GET", "/api/v1/policies/current")).json() as Promise<PolicyVersion>;
  }

  async savePolicy(document: PolicyDocument, basedOn: number): Promise<SaveResult> {
    const response = await this.request("PUT", "/api/v1/policies/current", { body: document, headers: ifMatch(basedOn), allow: [400, 412] });
    if (response.status === 400) return { kind: "invalid", errors: await fieldErrors(response) };
    if (response.status === 412) return conflict(response);
    return { kind: "saved", version: (await response.json()) as PolicyVersion };
  }

  async history(): Promise<VersionSummary[]> {
    return (await this.request("GET", "/api/v1/policies/versions")).json() as Promise<VersionSummary[]>;
  }

  async version(version: number): Promise<PolicyVersion> {
    return (await this.request("GET", `/api/v1/policies/versions/${version}`)).json() as Promise<PolicyVersion>;
  }

  /**
   * Makes an earlier version (0: the built-in defaults) current again, as a new version; a conflict when someone
   * saved since basedOn, or when that version is the policy in force already (409: nothing to roll back).
   */
  async rollback(version: number, basedOn: number): Promise<Exclude<SaveResult, { kind: "invalid" }>> {
    const response = await this.request("POST", `/api/v1/policies/versions/${version}/rollback`, { headers: ifMatch(basedOn), allow: [409, 412] });
    if (response.status === 412 || response.status === 409) return conflict(response);
    return { kind: "saved", version: (await response.json()) as PolicyVersion };
  }

  /**
   * A rejected import lists its rows (the service sends the first 100 and counts the rest in the summary); files
   * without rows come back as wouldEmpty until sent again with replaceWithEmpty, which the manager must confirm.
   * Any other failure throws a ServiceError with the service's words.
   */
  async importCrm(accounts: File, contacts: File, options: { replaceWithEmpty?: boolean } = {}): Promise<ImportResult> {
    const form = new FormData();
    form.append("accounts", accounts, "accounts.csv");
    form.append("contacts", contacts, "contacts.csv");
    if (options.replaceWithEmpty) form.append("replaceWithEmpty", "true");
    const response = await this.request("POST", "/api/v1/crm/import", { body: form, allow: [400, 413] });
    if (response.ok) return { kind: "imported", ...((await response.json()) as { accounts: number; contacts: number }) };
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string; errors?: Record<string, string[]> };
    const emptying = problem.errors?.replaceWithEmpty?.[0];
    if (emptying && !options.replaceWithEmpty) return { kind: "wouldEmpty", message: emptying };
    return { kind: "rejected", summary: problem.detail ?? problem.title ?? crm.notValid, rows: Object.values(problem.errors ?? {}).flat() };
  }

  /** What the tenant's CRM holds now (counts for the built-in one) and, with a search, the accounts that match. */
  async crmContents(search = ""): Promise<CrmContents | { errors: Record<string, string[]> }> {
    const response = await this.request("GET", `/api/v1/crm/contents${search ? `?${new URLSearchParams({ search })}` : ""}`, { allow: [400] });
    if (response.status === 400) return { errors: await fieldErrors(response) };
    return (await response.json()) as CrmContents;
  }

  /** The tenant's groups whose name matches (for a team override); available is false without a directory to search. */
  async searchGroups(search: string): Promise<{ available: boolean; groups: { id: string; name: string; mail: string | null }[] } | { errors: Record<string, string[]> }> {
    const response = await this.request("GET", `/api/v1/groups?${new URLSearchParams({ search })}`, { allow: [400] });
    if (response.status === 400) return { errors: await fieldErrors(response) };
    return (await response.json()) as { available: boolean; groups: { id: string; name: string; mail: string | null }[] };
  }

  /** One of the two CSV templates an import expects (header and an example row). */
  async crmTemplate(file: "accounts.csv" | "contacts.csv"): Promise<Blob> {
    return (await this.request("GET", `/api/v1/crm/templates/${file}`)).blob();
  }

  async report(from: string, to: string, team: string): Promise<Report | { errors: Record<string, string[]> }> {
    const query = new URLSearchParams({ from, to, ...(team ? { team } : {}) });
    const response = await this.request("GET", `/api/v1/reports?${query}`, { allow: [400] });
    if (response.status === 400) return { errors: await fieldErrors(response) };
    return (await response.json()) as Report;
  }

  async preview(document: PolicyDocument, draft: CheckRequest, team?: string): Promise<PolicyPreview | { errors: Record<string, string[]> }> {
    const response = await this.request("POST", "/api/v1/policies/preview", { body: { policy: document, draft, team: team || undefined }, allow: [400] });
    if (response.status === 400) return { errors: await fieldErrors(response) };
    return (await response.json()) as PolicyPreview;
  }
}

const ifMatch = (version: number) => ({ "If-Match": `"${version}"` });

async function fieldErrors(response: Response): Promise<Record<string, string[]>> {
  return ((await response.json()) as { errors?: Record<string, string[]> }).errors ?? {};
}

async function conflict(response: Response): Promise<{ kind: "conflict"; message: string }> {
  return { kind: "conflict", message: ((await response.json()) as { detail?: string }).detail ?? app.conflictDetail };
}
