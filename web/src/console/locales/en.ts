// The manager console's words in English, by screen. The other languages (de.ts, fr.ts, es.ts) are typed by this one,
// so a word missing in one of them fails the build. Codes, JSON field names, CSV column names, file names and the role
// name stay where they are used, untranslated. Counts go through formatCount (the console's language's digits).
import type { SendMode, Verdict } from "../../shared/contract";
import { formatCount } from "../formatting";
import type { PolicyDocument, PolicyThresholds, ReasonLanguage, Sensitivity, Severity } from "../policyModel";

/** The policy's top-level settings, as "their changes", "my changes" and the diff name them. */
const fieldLabels = {
  checksEnabled: "Checks on or off",
  severities: "Severities",
  sensitivity: "How sure before warning",
  thresholds: "Thresholds",
  exemptDomains: "Exempt domains",
  exemptAddresses: "Exempt addresses",
  valueAnswerReasons: "Value-answer reasons",
  valueAnswerReasonTranslations: "Value-answer reasons in other languages",
  failMode: "When the service cannot answer",
  teams: "Team overrides",
} satisfies Record<keyof PolicyDocument, string>;

/** A sensitivity in a sentence or a diff ("seller-centric high"). */
const sensitivityLabels = { low: "low", normal: "normal", high: "high" } satisfies Record<Sensitivity, string>;

/** Words more than one screen uses. */
const common = {
  productName: "Outlook Value Check",
  tryAgain: "Try again",
  /** A table cell without a value. */
  noValue: "—",
  /** Text quoted from a mail or a seller's answer. */
  quoted: (text: string) => `“${text}”`,
};

/** The languages sellers read the reasons in, by name. */
const languageNames = { de: "German", fr: "French", es: "Spanish", en: "English" } satisfies Record<ReasonLanguage, string>;
const nameOf = (language: ReasonLanguage) => languageNames[language] ?? String(language);

const source = (team: boolean) => (team ? "the tenant policy" : "the default");

export const en = {
  /**
   * The reasons a seller can pick when a policy sets none: the service's built-in ones in this language (what the
   * check offers a seller who reads this language).
   */
  defaultReasons: [
    "It answers a question they asked",
    "It brings news that affects them",
    "It follows up on something we agreed",
    "The account owner asked me to send it",
  ],

  /** What each finding code means and an example of it, in a sales manager's words (the code itself is shown as is). */
  findingTexts: {
    "pitch-to-customer": { meaning: "A new-business pitch to someone whose company already buys from you.", example: "\"I'd love to introduce Contoso\" to a customer since 2020." },
    "former-customer": { meaning: "A generic pitch to a former customer that ignores the history.", example: "\"Are you the right person to talk to?\" to a customer who left last year." },
    "no-value-check-in": { meaning: "The mail only exists to stay in touch and brings nothing new.", example: "\"Just checking in, any updates?\"" },
    "seller-centric": { meaning: "The mail is about the seller's company, with nothing specific to the recipient.", example: "Three paragraphs about our awards and none about their situation." },
    "unfilled-placeholder": { meaning: "A template placeholder was left in.", example: "\"Hi [First Name]\" or \"{{company}}\"." },
    "renewal-without-value": { meaning: "A renewal or price mail that pushes price or signature with no recap of value.", example: "\"Your renewal is due; the new price is attached. Please sign by Friday.\"" },
    "contact-fatigue": { meaning: "The recipient already got several unanswered mails from this seller recently.", example: "The fourth mail in two weeks with no reply in between." },
    "at-risk-account": { meaning: "An upsell or renewal push to a customer with open severe cases or a renewal coming up.", example: "Pitching an add-on while two high-severity cases are open." },
    "do-not-email": { meaning: "A recipient is marked do-not-email in the CRM.", example: "A contact who asked to receive no sales mail." },
    "owned-by-colleague": { meaning: "A pitch or renewal to an account another salesperson owns.", example: "Mailing a customer whose account owner is a colleague." },
    "lookup-unavailable": { meaning: "Microsoft 365 or the CRM could not be asked in time; the check ran on what it had.", example: "The CRM was slow during Send." },
  },

  /** A severity as the editor's choices, the diff and the preview name it. */
  severityLabels: { off: "off", info: "info", warn: "warn", block: "block" } satisfies Record<Severity, string>,

  sensitivityLabels,

  /** A sensitivity as the editor offers it, saying what it does. */
  sensitivityChoices: {
    low: "Low — only when the mail clearly does this",
    normal: "Normal",
    high: "High — also when it only reads like it",
  } satisfies Record<Sensitivity, string>,

  /** Each threshold: what it is, its unit and the range the service accepts. */
  thresholdTexts: {
    fatigueMessageCount: { label: "Unanswered mails before contact fatigue", unit: "mails", hint: "1 to 100" },
    fatigueWindowDays: { label: "Contact fatigue window", unit: "days", hint: "1 to 365" },
    renewalWindowDays: { label: "Renewal counts as near within", unit: "days", hint: "0 to 730" },
    lookupDeadlineMs: { label: "Time to look recipients up on Send", unit: "ms", hint: "100 to 2500" },
  } satisfies Record<keyof PolicyThresholds, { label: string; unit: string; hint: string }>,

  fieldLabels,

  /** What sellers did with a draft (the report's outcomes). */
  outcomeLabels: {
    answered: "Answered the question",
    sentAnyway: "Sent anyway",
    edited: "Edited after a warning",
    sent: "Sent",
    notSent: "Not sent",
    cancelled: "Cancelled",
    unknown: "Not known",
  },

  /** What Outlook does on Send for each send mode, in the words of Outlook's screens rather than the API's. */
  sendModeText: {
    none: "Sent at once, no alert.",
    promptUser: "Held with an alert: the seller can open Value Check or choose Send Anyway.",
    softBlock: "Held with an alert and no Send Anyway: the seller must change the mail first.",
    block: "Held: the mail cannot go out until it is changed.",
  } satisfies Record<SendMode, string>,

  verdictText: { ok: "Nothing flagged", warn: "Warning", block: "Must fix" } satisfies Record<Verdict, string>,

  common,

  /** The console's frame: loading, sign-in problems, tabs, the save bar and its messages. */
  app: {
    /** The browser tab's title. */
    pageTitle: "Outlook Value Check: manager console",
    loading: "Loading the policy…",
    needsRoleTitle: "This console is for sales managers",
    /** Before and after the role's name (shown in bold, as is). */
    needsRoleBefore: "You are signed in, but without the ",
    needsRoleAfter:
      " role. Your Microsoft 365 administrator grants it in Microsoft Entra ID: Enterprise applications › Outlook Value Check › Users and groups › Add assignment.",
    loadFailedTitle: "The policy could not be loaded",
    sections: "Console sections",
    tabPolicy: "Policy",
    tabUnsaved: " (unsaved)",
    tabHistory: "History",
    tabReports: "Reports",
    tabImport: "CRM import",
    unsavedBeforeRollback: "You have unsaved policy changes: save or discard them before rolling back.",
    actions: "Policy actions",
    save: "Save",
    discard: "Discard changes",
    versionStatus: (version: number, changedBy: string) => (version > 0 ? `Version ${version}, saved by ${changedBy}` : `Version ${version} (the defaults)`),
    unsavedStatus: " · unsaved changes",
    saved: (version: number) => `Saved as version ${version}. Sellers get it on their next Send.`,
    notSaved: (problem: string) => `Not saved: ${problem}`,
    reapplied: (version: number) => `Your changes are applied on top of version ${version}. Check them and save again.`,
    invalid: "Nothing was saved: fix the fields marked below.",
    conflictTitle: "Someone else saved the policy first",
    /** The service's words when it gives none of its own. */
    conflictDetail: "Someone else saved the policy first.",
    /** After the service's message: the settings each side changed, by name. */
    conflictChanges: (theirs: string[], mine: string[]) => `They changed: ${theirs.join(", ") || "nothing you can see here"}. Your changes: ${mine.join(", ")}.`,
    reapply: "Reload and re-apply my changes",
  },

  /** The policy editor. `team` is true when a team's overrides are edited (what is not set comes from the tenant policy). */
  policy: {
    /** A finding's severity choice; the reports' "Adjust" finds the choice by it, so it names the code as is. */
    severityOf: (code: string) => `Severity of ${code}`,
    sensitivityFor: (code: string) => `${fieldLabels.sensitivity} for ${code}`,
    resetLabel: (setting: string) => `${setting}: use the tenant policy's`,
    reset: "Use the tenant's",
    /** After the choice that applies when nothing is set. */
    inheritedMark: (team: boolean): string => (team ? " (tenant's)" : " (default)"),
    checks: "Checks",
    checksHint: "Off lets every mail go at once without asking the service: for the day it has an incident.",
    on: "On",
    off: "Off",
    severitiesTitle: "What each finding does",
    severitiesHint:
      `Off: not checked. Info: shown in the task pane only. Warn: held until the seller answers or sends anyway. Block: held until fixed. For findings read from the mail's text, “${fieldLabels.sensitivity}” sets how sure the check must be before it raises them.`,
    finding: "Finding",
    severity: "Severity",
    example: (example: string) => `Example: ${example}`,
    thresholdsTitle: "Thresholds",
    thresholdLabel: (label: string, unit: string) => `${label} (${unit})`,
    thresholdHint: (range: string, fallback: number, team: boolean) => `${range}; empty: ${fallback} from ${source(team)}`,
    exemptions: "Exemptions",
    exemptDomains: "Exempt domains",
    exemptDomainsHint: (team: boolean) => `One per line; mail to these domains is never flagged. Empty: ${source(team)}'s.`,
    exemptAddresses: "Exempt addresses",
    exemptAddressesHint: (team: boolean) => `One per line. Empty: ${source(team)}'s.`,
    reasons: "Reasons a seller can pick when asked “Does this add value for them?”",
    reasonsHint: (team: boolean) => `One per line; sellers can always answer in their own words too. Empty: ${source(team)}'s reasons.`,
    translationsTitle: "Reasons in other languages",
    /** `builtIn`: the reasons in force are the built-in ones (the service translates them itself). */
    translationsHint: (builtIn: boolean, team: boolean) =>
      `One line per reason, in the order of the reasons above. An empty line: sellers reading that language see ${
        builtIn ? "the service's own translation of the built-in reason" : "the reason as you wrote it"
      }.${team ? " Translations set here replace all of the tenant policy's; a team with reasons of its own inherits none." : ""}`,
    /** Each language's field, by the language's name. */
    languages: languageNames,
    missingTitle: "Reasons without a translation",
    missingTranslations: (language: ReasonLanguage, missing: number, total: number) =>
      `${nameOf(language)}: ${formatCount(missing)} of ${formatCount(total)} ${total === 1 ? "reason" : "reasons"} ${missing === 1 ? "has" : "have"} no translation; sellers reading ${nameOf(language)} see ${
        missing === 1 ? "it as you wrote it" : "them as you wrote them"
      }.`,
    failMode: "When the service cannot answer in time",
    failOpen: "Let the mail go",
    failClosed: "Hold the mail until it can be checked",
  },

  /** The tenant policy and team overrides picker. */
  teams: {
    title: "Tenant policy and team overrides",
    settingsFor: "Settings for",
    everyone: "Everyone (tenant policy)",
    team: (name: string) => `Team ${name}`,
    remove: (name: string) => `Remove team ${name}`,
    removeThis: "Remove this team",
    overridesList: "What each team overrides",
    /** After a team's name and a colon: the settings it sets itself, by name. */
    overrides: (fields: string[]) => (fields.length === 0 ? "inherits everything" : `overrides ${fields.join(", ")}; inherits the rest`),
    group: (id: string) => `(group ${id})`,
    notAGuid: "An Entra ID group object ID is a GUID, like 3f1c…-…",
    alreadyATeam: "This group already has a team.",
    noDirectory: "There is no directory to search (Microsoft Graph is not configured): type the group's object ID below.",
    search: "New team: find a group by name",
    find: "Find group",
    found: "Groups found",
    noneFound: "No group of that name.",
    candidate: (mail: string | null, id: string) => `(${mail ?? "no address"}, object ID ${id})`,
    add: (name: string) => `Add team ${name}`,
    alreadyAdded: "Already a team",
    addAsTeam: "Add as a team",
    groupId: "Or its Entra ID group object ID",
    name: "Team name",
    addTeam: "Add team",
    precedence: "A seller in a listed group gets that team's settings (the first listed team if several); everyone else gets the tenant policy.",
  },

  /** A pasted mail checked under the edited and the saved policy. */
  preview: {
    title: "Preview",
    /** `team`: the team's name, undefined for the tenant policy; `tuned`: the text codes whose sensitivity is not normal. */
    intro: (team: string | undefined, tuned: { code: string; sensitivity: Sensitivity }[]) =>
      `Paste a mail to see what your unsaved changes would do to it, next to what the saved policy does${
        team !== undefined ? `, for a seller in team ${team}` : ", for a seller under the tenant policy"
      }.${tuned.length > 0 ? ` ${fieldLabels.sensitivity}: ${tuned.map((entry) => `${entry.code} ${sensitivityLabels[entry.sensitivity]}`).join(", ")}; the other text codes normal.` : ""}`,
    recipients: "Recipients",
    recipientsHint: "Addresses separated by commas or spaces.",
    subject: "Subject",
    body: "Mail text",
    fixPolicyFirst: (fields: string[]) => `Fix the policy's errors first: ${fields.join(", ")}.`,
    run: "Preview",
    unsaved: "With your changes",
    unsavedFindings: "Findings with your changes",
    saved: "With the saved policy",
    savedFindings: "Findings with the saved policy",
    noFindings: "No findings.",
    /** After the finding's code. */
    finding: (severity: string, message: string) => `(${severity}): ${message}`,
  },

  /** The history of policy versions, a version's changes and rollback. */
  history: {
    loading: "Loading the history…",
    title: "History",
    onlyDefaults: "No version saved yet: the built-in defaults (version 0) are in force.",
    versions: "Policy versions",
    version: "Version",
    savedBy: "Saved by",
    when: "When",
    actions: "Actions",
    builtInDefaults: " (built-in defaults)",
    rollbackTo: (version: number) => ` (rollback to ${version})`,
    inForce: " (in force)",
    changesIn: (version: number) => `Changes in version ${version}`,
    changes: "Changes",
    rollBackTo: (version: number) => `Roll back to version ${version}`,
    rollBack: "Roll back",
    confirm: "Confirm the rollback",
    /** A version inside a sentence: "version 3", or what version 0 is. */
    versionInSentence: (version: number) => (version === 0 ? "the built-in defaults" : `version ${version}`),
    rollBackQuestion: (version: string) => `Roll back to ${version}?`,
    nothingToRollBack: (current: number) => `It is the same policy as the one in force (version ${current}): there is nothing to roll back.`,
    againstInForce: (current: number) => `Against the policy in force (version ${current}), this changes:`,
    rollbackChanges: "What the rollback changes",
    affects: (who: string) => `It affects ${who}.`,
    close: "Close",
    keep: "Keep the policy in force",
    inForceAgain: (version: number, saved: number) =>
      `${version === 0 ? "The built-in defaults are" : `Version ${version} is`} in force again, saved as version ${saved}.`,
    versionChanged: (version: number) => `Version ${version} changed:`,
    noChanges: "Nothing (saved without changes).",
  },

  /** The lines of a diff between two versions ("Severity of no-value-check-in: warn → block") and who it reaches. */
  diff: {
    team: (name: string) => `Team ${name}`,
    /** A setting of a team: the team's name before the setting's. */
    teamSetting: (name: string, setting: string) => `Team ${name}: ${setting}`,
    teamAbsent: "not in the policy",
    teamAdded: "added",
    teamPresent: "in the policy",
    teamRemoved: "removed",
    on: "on",
    off: "off",
    severityOf: (code: string) => `Severity of ${code}`,
    sensitivityOf: (code: string) => `Sensitivity of ${code}`,
    amount: (value: number, unit: string) => `${value} ${unit}`,
    none: "none",
    /** A reason's translation into a language ("Value-answer reasons in German: …"). */
    reasonsIn: (language: ReasonLanguage) => `${fieldLabels.valueAnswerReasons} in ${nameOf(language)}`,
    /** In a language's list of translations, a reason that has none there. */
    notTranslated: "(not translated)",
    failOpen: "let the mail go",
    failClosed: "hold the mail",
    allSellers: "all sellers (the tenant policy, and every team where it does not override)",
    sellersOf: (teams: string[]) => (teams.length === 1 ? `the sellers of team ${teams[0]}` : `the sellers of the teams ${teams.join(", ")}`),
  },

  /** The reports: filters, charts and tables, and their empty states. */
  reports: {
    title: "Reports",
    from: "From",
    to: "To",
    team: "Team",
    everyone: "Everyone",
    tenant: "Sellers under the tenant policy",
    exportCsv: "Export CSV",
    loading: "Loading the report…",
    summary: (drafts: number, from: string, to: string, checks: number) =>
      `${formatCount(drafts)} ${drafts === 1 ? "draft" : "drafts"} checked from ${from} to ${to} (${formatCount(checks)} ${checks === 1 ? "check" : "checks"}: a draft checked again after an edit or from the task pane counts once).`,
    demo: (drafts: number) =>
      `Includes ${formatCount(drafts)} demo ${drafts === 1 ? "draft" : "drafts"}: made-up history from the first start of this Development service, so the charts show what they are for. Real drafts are counted beside them.`,
    textNotChecked: (languages: string) => `Text not checked (a language the check does not read yet; their recipients were still checked): ${languages}.`,
    noFindings: "No findings in this range.",
    perWeek: "Findings per code per week",
    weekStarting: "Week starting",
    findings: "Findings",
    outcomes: "What sellers did, per code",
    findingCode: "Finding",
    drafts: "Drafts",
    overrides: "Warnings sellers went past",
    noOverrides: "Nobody sent anyway or answered past a warning in this range.",
    code: "Code",
    sentAnyway: "Sent anyway",
    answered: "Answered",
    reasonsGiven: "Reasons given",
    policy: "Policy",
    noneGiven: "None given",
    reason: (answer: string, count: number) => `${common.quoted(answer)} (${formatCount(count)})`,
    adjustLabel: (code: string) => `Adjust ${code} in the policy`,
    adjust: "Adjust",
    fatigue: "Accounts most often mailed into fatigue",
    noFatigue: "No contact fatigue in this range.",
    account: "Account",
    valueAnswersFigure: "What sellers answered",
    valueAnswersTitle: "What sellers answered to “Does this add value for them?”",
    noAnswers: "No answers in this range.",
    valueAnswers: "Value answers",
    answer: "Answer",
    times: "Times",
  },

  /** The built-in CRM: import, templates and what it holds. */
  crm: {
    title: "Import the built-in CRM",
    /** The files' columns (as the import expects them, not translated) and what an import does. */
    format: (accountColumns: string, contactColumns: string) =>
      `accounts.csv: ${accountColumns}. contacts.csv: ${contactColumns}. The import replaces the whole built-in CRM, or changes nothing.`,
    downloadTemplate: (file: string) => `Download the ${file} template`,
    import: "Import",
    emptyTitle: "Empty the built-in CRM?",
    emptyText: "The files have no rows. Importing them removes every account and contact from the built-in CRM, and checks no longer know who your customers are.",
    empty: "Empty the CRM",
    keep: "Keep the CRM",
    unchanged: "The built-in CRM is unchanged.",
    /** The service's words for a rejected import when it gives none of its own. */
    notValid: "The files are not valid.",
    emptied: "The built-in CRM is empty now.",
    imported: (accounts: number, contacts: number) => `Imported ${formatCount(accounts)} accounts and ${formatCount(contacts)} contacts. Checks use them from now on.`,
    rejected: "Nothing was imported",
    rowsToFix: "Rows to fix",
    notReached: (problem: string) => `The import did not reach the service: ${problem}`,
    contentsTitle: "What the CRM holds now",
    contents: "CRM contents",
    remote: (source: string) => `Checks read ${source}; the service does not count a remote CRM.`,
    counts: (source: string, accounts: number | null, contacts: number | null, doNotEmail: number | null) =>
      `${source}: ${formatCount(accounts)} accounts, ${formatCount(contacts)} contacts, ${formatCount(doNotEmail)} of them do-not-email.`,
    search: "Find an account by address, domain or name",
    find: "Find",
    found: "CRM accounts found",
    account: "Account",
    relationship: "Relationship",
    owner: "Owner",
    contacts: "Contacts",
    /** The built-in CRM by name, where the service names it in its own words ("built-in CRM"). */
    builtInSource: "built-in CRM",
    accountName: (name: string, domain: string | null) => `${name} (${domain ?? "no domain"})`,
    contact: (email: string, doNotEmail: boolean) => (doNotEmail ? `${email} (do not email)` : email),
  },
};

export type ConsoleWords = typeof en;
