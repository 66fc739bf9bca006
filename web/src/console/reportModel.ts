// The managers' report (GET /api/v1/reports) and what the console draws and exports from it. Pure functions.
import { formatCount, languageName, outcomeLabels } from "./strings";

export interface Report {
  from: string;
  to: string;
  team: string | null;
  /** Drafts checked: a draft checked three times (one compose item) is one draft; every count below is of drafts. */
  drafts: number;
  /** Checks run, each Send and each task pane check counting one. */
  checks: number;
  /** Per code: drafts it was found in, what sellers then did (outcome → drafts), and the reasons they gave. */
  byCode: { code: string; findings: number; outcomes: Record<string, number>; reasons: { answer: string; count: number }[] }[];
  byDay: { day: string; drafts: number; warned: number; blocked: number }[];
  byWeek: { week: string; codes: Record<string, number> }[];
  byTeam: { group: string | null; name: string; drafts: number; warned: number; blocked: number; outcomes: Record<string, number> }[];
  fatigueAccounts: { account: string; drafts: number }[];
  byOutcome: Record<string, number>;
  valueAnswers: { answer: string; count: number }[];
  /** Drafts whose text the judge does not read (its language), which passed on their facts alone. */
  textNotChecked: { language: string | null; name: string; drafts: number }[];
  /** Of the drafts, the made-up history of a fresh Development start (never in production). */
  demoDrafts: number;
}

/**
 * "3 German, 1 Italian": the drafts whose text was not read, by language (named in the console's language); empty
 * when there were none.
 */
export function textNotCheckedSummary(report: Report): string {
  return report.textNotChecked.map((language) => `${formatCount(language.drafts)} ${languageName(language.language, language.name)}`).join(", ");
}

/** The exported report's file name (the same in every language): value-check-report-2026-11-01-to-2026-11-30.csv. */
export function reportFileName(report: Pick<Report, "from" | "to" | "team">): string {
  return `value-check-report-${report.from}-to-${report.to}${report.team ? `-${report.team}` : ""}.csv`;
}

/**
 * What sellers did with a draft, as the service knows it from facts (ReportsApi's DraftOutcomes): the add-in saw
 * an answer or an edit, or the seller's Sent Items showed the mail went out (or not within a day). Never a guess. The
 * words are in strings.ts.
 */
export { outcomeLabels } from "./strings";

/** The order outcomes are drawn and listed in. */
export const outcomeOrder = ["answered", "sentAnyway", "edited", "sent", "notSent", "cancelled", "unknown"];

/** One code's row of the override view: how often sellers went past its warning, and why they said they did. */
export interface OverrideRow {
  code: string;
  findings: number;
  sentAnyway: number;
  answered: number;
  /** Sent anyway or answered, of the drafts it was found in (0 to 1). */
  overridden: number;
  reasons: { answer: string; count: number }[];
}

/** The codes sellers most often went past (sent anyway or answered), the most overridden first. */
export function overrideRows(report: Report): OverrideRow[] {
  return report.byCode
    .map((code) => {
      const sentAnyway = code.outcomes.sentAnyway ?? 0;
      const answered = code.outcomes.answered ?? 0;
      return { code: code.code, findings: code.findings, sentAnyway, answered, overridden: code.findings === 0 ? 0 : (sentAnyway + answered) / code.findings, reasons: code.reasons ?? [] };
    })
    .filter((row) => row.sentAnyway + row.answered > 0)
    .sort((a, b) => b.overridden - a.overridden || b.findings - a.findings || a.code.localeCompare(b.code));
}

/** The codes that appear anywhere in the weeks, in a stable order (so colours and legends stay put). */
export function codesIn(report: Report): string[] {
  return [...new Set(report.byWeek.flatMap((week) => Object.keys(week.codes)))].sort();
}

/** What the console shows, as CSV rows (section, item, series, value): one file a spreadsheet can pivot. */
export function reportCsv(report: Report): string {
  const rows: string[][] = [["section", "item", "series", "value"]];
  rows.push(["range", report.from, report.to, String(report.drafts)]);
  for (const week of report.byWeek) for (const [code, count] of Object.entries(week.codes)) rows.push(["findings per week", week.week, code, String(count)]);
  for (const code of report.byCode) for (const [outcome, count] of Object.entries(code.outcomes)) rows.push(["outcomes per code", code.code, outcomeLabels[outcome] ?? outcome, String(count)]);
  for (const row of overrideRows(report)) for (const reason of row.reasons) rows.push(["reasons per code", row.code, reason.answer, String(reason.count)]);
  for (const account of report.fatigueAccounts) rows.push(["accounts with contact fatigue", account.account, "drafts", String(account.drafts)]);
  for (const answer of report.valueAnswers) rows.push(["value answers", answer.answer, "times given", String(answer.count)]);
  for (const language of report.textNotChecked) rows.push(["text not checked", language.name, "drafts", String(language.drafts)]);
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * One CSV field (RFC 4180), and never a formula: text a spreadsheet would evaluate (=, +, -, @ first) is prefixed with
 * an apostrophe, because value answers are typed by sellers and account names come from the CRM.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
