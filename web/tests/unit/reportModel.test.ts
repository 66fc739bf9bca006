import { describe, expect, it } from "vitest";
import { csvField, overrideRows, reportCsv, textNotCheckedSummary, type Report } from "../../src/console/reportModel";

describe("report CSV", () => {
  it("quotes what needs quoting and never lets a spreadsheet run a seller's answer as a formula", () => {
    expect(csvField('He said "yes", twice')).toBe('"He said ""yes"", twice"');
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("plain")).toBe("plain");
  });

  it("has one row per shown value, by section", () => {
    const report: Report = {
      from: "2026-11-01", to: "2026-11-30", team: null, drafts: 3, checks: 5, demoDrafts: 0, byDay: [], byTeam: [], byOutcome: {},
      byWeek: [{ week: "2026-11-16", codes: { "contact-fatigue": 2 } }],
      byCode: [{ code: "contact-fatigue", findings: 2, outcomes: { answered: 1, unknown: 1 }, reasons: [{ answer: "They asked", count: 1 }] }],
      fatigueAccounts: [{ account: "A. Datum, Inc.", drafts: 2 }],
      valueAnswers: [{ answer: "They asked", count: 1 }],
      textNotChecked: [{ language: "de", name: "German", drafts: 2 }, { language: "it", name: "Italian", drafts: 1 }],
    };
    expect(reportCsv(report).split("\r\n")).toEqual([
      "section,item,series,value",
      "range,2026-11-01,2026-11-30,3",
      "findings per week,2026-11-16,contact-fatigue,2",
      "outcomes per code,contact-fatigue,Answered the question,1",
      "outcomes per code,contact-fatigue,Not known,1",
      "reasons per code,contact-fatigue,They asked,1",
      'accounts with contact fatigue,"A. Datum, Inc.",drafts,2',
      "value answers,They asked,times given,1",
      "text not checked,German,drafts,2",
      "text not checked,Italian,drafts,1",
      "",
    ]);
    expect(textNotCheckedSummary(report)).toBe("2 German, 1 Italian");
    expect(textNotCheckedSummary({ ...report, textNotChecked: [] })).toBe("");
  });

  it("lists the codes sellers went past, the most overridden first, with the reasons they gave", () => {
    const report = {
      byCode: [
        { code: "seller-centric", findings: 4, outcomes: { sent: 4 }, reasons: [] },
        { code: "no-value-check-in", findings: 4, outcomes: { sentAnyway: 1, answered: 1, edited: 2 }, reasons: [{ answer: "They asked for it", count: 1 }] },
        { code: "pitch-to-customer", findings: 2, outcomes: { sentAnyway: 2 }, reasons: [] },
      ],
    } as unknown as Report;

    expect(overrideRows(report)).toEqual([
      { code: "pitch-to-customer", findings: 2, sentAnyway: 2, answered: 0, overridden: 1, reasons: [] },
      { code: "no-value-check-in", findings: 4, sentAnyway: 1, answered: 1, overridden: 0.5, reasons: [{ answer: "They asked for it", count: 1 }] },
    ]);
  });
});
