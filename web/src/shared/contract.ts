// The service's JSON contract (design.md, "Service API"), as the add-in reads it.

export type Verdict = "ok" | "warn" | "block";
export type SendMode = "none" | "promptUser" | "softBlock" | "block";
export type Severity = "info" | "warn" | "block";
export type Relationship = "customer" | "prospect" | "former-customer" | "partner" | "competitor";

export interface CheckRequest {
  sender?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  bodyFormat: "text" | "html";
  draftKey?: string;
  valueAnswer?: string;
  /** Outlook's display language ("de-AT"): the service words its findings and the value question in it. */
  displayLanguage?: string;
}

export interface Evidence {
  kind: "phrase" | "fact";
  part?: "subject" | "body";
  start?: number;
  length?: number;
  text?: string;
  fact?: string;
  value?: string;
  source?: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  recipient: string | null;
  message: string;
  evidence: Evidence[];
}

export interface CrmContact {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  fullName?: string | null;
  title?: string | null;
  doNotEmail: boolean;
}

export interface CrmAccount {
  id: string;
  name: string;
  domain?: string | null;
  relationship: Relationship;
  customerSince?: string | null;
  renewalDate?: string | null;
  ownerEmail?: string | null;
  openHighSeverityCases: number;
  products: string[];
}

export interface MailHistory {
  /** When the seller mailed this recipient (ISO dates, from their Sent Items). */
  sentToRecipient: string[];
  lastReceivedFromRecipient?: string | null;
}

export interface LookupFailure {
  source: string;
  reason: string;
}

/** The crmSource the service gives facts from its built-in CRM (Core's CrmDirectory.SourceName); other CRMs send their product's name. */
export const builtInCrmSource = "built-in CRM";

export interface RecipientFacts {
  address: string;
  displayName?: string | null;
  isInternal: boolean;
  contact?: CrmContact | null;
  account?: CrmAccount | null;
  crmSource?: string | null;
  mailHistory?: MailHistory | null;
  inSellerContacts?: boolean | null;
  lookupFailures: LookupFailure[];
}

export interface ValueQuestion {
  question: string;
  reasons: string[];
}

/** Whether the mail's own text was judged: not when it is in a language the judge does not read yet. */
export interface TextCheck {
  language: string | null;
  languageName: string | null;
  judged: boolean;
  cut: boolean;
  notCheckedNote: string | null;
}

export interface CheckResponse {
  checkId: string;
  verdict: Verdict;
  sendMode: SendMode;
  findings: Finding[];
  recipients: RecipientFacts[];
  valueQuestion: ValueQuestion | null;
  /** Absent from older services and when checks are turned off. */
  text?: TextCheck | null;
}

/** What the add-in needs to know before Send: GET /api/v1/addin/settings. */
export interface AddInSettings {
  checksEnabled: boolean;
  failMode: "open" | "closed";
}

export type DecisionOutcome = "sentAnyway" | "edited" | "cancelled" | "answered";

/** Public, non-secret settings of this deployment, served by the service with the add-in's files. */
export interface AddInConfig {
  /** Absolute origin of the service, e.g. https://valuecheck.contoso.com (classic Outlook's runtime needs absolute URLs). */
  serviceOrigin: string;
  /** "development": tokens from the service's development token path; "entra": SSO for the API's own scope. */
  auth: "development" | "entra";
  /** The add-in's app registration (Nested App Authentication); empty in development. */
  clientId: string;
  /** The API scope the token is requested for, e.g. api://…/access_as_user. */
  apiScope: string;
}
