import { DataVizPalette, HorizontalBarChartWithAxis, VerticalStackedBarChart, getColorFromToken } from "@fluentui/react-charts";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { ConsoleClient } from "../consoleClient";
import type { PolicyDocument } from "../policyModel";
import { saveFile } from "../saveFile";
import { codesIn, outcomeLabels, outcomeOrder, overrideRows, reportCsv, textNotCheckedSummary, type Report } from "../reportModel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  filters: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
  charts: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(420px, 1fr))", gap: tokens.spacingHorizontalXL },
  chart: { minWidth: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// One colour per series for good, so a code or an outcome looks the same in every bar and every chart.
const palette = Object.values(DataVizPalette).slice(0, 12).map((token) => getColorFromToken(token));
const codeColor = (code: string, codes: string[]) => palette[codes.indexOf(code) % palette.length];
const outcomeColor = (outcome: string) => palette[(outcomeOrder.indexOf(outcome) + 6) % palette.length];

/** Charts of what the add-in flagged and what sellers then did, for a date range and team, with a CSV of it. */
export function ReportsPanel({ client, policy, onAdjust }: { client: ConsoleClient; policy: PolicyDocument; onAdjust: (code: string) => void }) {
  const styles = useStyles();
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 29 * 86_400_000)));
  const [to, setTo] = useState(() => isoDay(new Date()));
  const [team, setTeam] = useState("");
  const [report, setReport] = useState<Report>();
  const [problem, setProblem] = useState<string>();
  const [width, setWidth] = useState(480);
  const container = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    setProblem(undefined);
    const answer = await client.report(from, to, team);
    if ("errors" in answer) setProblem(Object.values(answer.errors).flat().join(" "));
    else setReport(answer);
  }, [client, from, to, team]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // The charts draw at a given width: follow the width of a grid cell (one or two columns).
    const cell = element.firstElementChild as HTMLElement | null;
    const observer = new ResizeObserver(() => setWidth(Math.max(260, (cell?.clientWidth ?? 480) - 8)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [report]);

  const exportCsv = () => {
    if (!report) return;
    saveFile(new Blob([reportCsv(report)], { type: "text/csv;charset=utf-8" }), `value-check-report-${report.from}-to-${report.to}${report.team ? `-${report.team}` : ""}.csv`);
  };

  const codes = report ? codesIn(report) : [];
  const overrides = report ? overrideRows(report) : [];
  return (
    <section className={styles.root} aria-labelledby="reports-title">
      <Text as="h2" id="reports-title" weight="semibold" size={400}>
        Reports
      </Text>
      <div className={styles.filters}>
        <Field label="From">
          <Input type="date" value={from} onChange={(_, data) => setFrom(data.value)} />
        </Field>
        <Field label="To">
          <Input type="date" value={to} onChange={(_, data) => setTo(data.value)} />
        </Field>
        <Field label="Team">
          <Select value={team} onChange={(_, data) => setTeam(data.value)}>
            <option value="">Everyone</option>
            <option value="tenant">Sellers under the tenant policy</option>
            {Object.entries(policy.teams ?? {}).map(([group, settings]) => (
              <option key={group} value={group}>
                {settings.name ?? group}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={exportCsv} disabled={!report}>
          Export CSV
        </Button>
      </div>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {!report && !problem && <Spinner label="Loading the report…" />}
      {report && (
        <>
          <Text role="status">
            {report.drafts} {report.drafts === 1 ? "draft" : "drafts"} checked from {report.from} to {report.to} ({report.checks} {report.checks === 1 ? "check" : "checks"}: a draft
            checked again after an edit or from the task pane counts once).
          </Text>
          {report.demoDrafts > 0 && (
            <MessageBar intent="info">
              <MessageBarBody>
                Includes {report.demoDrafts} demo {report.demoDrafts === 1 ? "draft" : "drafts"}: made-up history from the first start of this Development service, so the
                charts show what they are for. Real drafts are counted beside them.
              </MessageBarBody>
            </MessageBar>
          )}
          {textNotCheckedSummary(report) && (
            <MessageBar intent="warning">
              <MessageBarBody>
                Text not checked (a language the check does not read yet; their recipients were still checked): {textNotCheckedSummary(report)}.
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.charts} ref={container}>
            <ReportFigure label="Findings per code per week" heading="Findings per code per week" empty={report.byWeek.length === 0 ? "No findings in this range." : undefined}>
                <VerticalStackedBarChart
                  chartTitle="Findings per code per week"
                  width={width}
                  height={300}
                  xAxisTitle="Week starting"
                  yAxisTitle="Findings"
                  legendProps={{ enabledWrapLines: true }}
                  data={report.byWeek.map((week) => ({
                    xAxisPoint: week.week,
                    chartData: codes.map((code) => ({ legend: code, data: week.codes[code] ?? 0, color: codeColor(code, codes) })),
                  }))}
                />
            </ReportFigure>
            <ReportFigure label="What sellers did, per code" heading="What sellers did, per code" empty={report.byCode.length === 0 ? "No findings in this range." : undefined}>
                <VerticalStackedBarChart
                  chartTitle="What sellers did, per code"
                  width={width}
                  height={300}
                  xAxisTitle="Finding code"
                  yAxisTitle="Drafts"
                  legendProps={{ enabledWrapLines: true }}
                  wrapXAxisLables
                  data={report.byCode.map((code) => ({
                    xAxisPoint: code.code,
                    chartData: outcomeOrder
                      .filter((outcome) => code.outcomes[outcome])
                      .map((outcome) => ({ legend: outcomeLabels[outcome] ?? outcome, data: code.outcomes[outcome] ?? 0, color: outcomeColor(outcome) })),
                  }))}
                />
            </ReportFigure>
            <ReportFigure
              label="Warnings sellers went past"
              heading="Warnings sellers went past"
              empty={overrides.length === 0 ? "Nobody sent anyway or answered past a warning in this range." : undefined}
            >
                <Table aria-label="Warnings sellers went past" size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Code</TableHeaderCell>
                      <TableHeaderCell>Drafts</TableHeaderCell>
                      <TableHeaderCell>Sent anyway</TableHeaderCell>
                      <TableHeaderCell>Answered</TableHeaderCell>
                      <TableHeaderCell>Reasons given</TableHeaderCell>
                      <TableHeaderCell>Policy</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {overrides.map((row) => (
                      <TableRow key={row.code}>
                        <TableCell>{row.code}</TableCell>
                        <TableCell>{row.findings}</TableCell>
                        <TableCell>{row.sentAnyway}</TableCell>
                        <TableCell>{row.answered}</TableCell>
                        <TableCell>{row.reasons.length === 0 ? "None given" : row.reasons.map((reason) => `“${reason.answer}” (${reason.count})`).join(", ")}</TableCell>
                        <TableCell>
                          <Button size="small" appearance="subtle" onClick={() => onAdjust(row.code)} aria-label={`Adjust ${row.code} in the policy`}>
                            Adjust
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
            </ReportFigure>
            <ReportFigure label="Accounts most often mailed into fatigue" heading="Accounts most often mailed into fatigue" empty={report.fatigueAccounts.length === 0 ? "No contact fatigue in this range." : undefined}>
                <HorizontalBarChartWithAxis
                  chartTitle="Accounts most often mailed into fatigue"
                  width={width}
                  height={Math.max(160, 40 * report.fatigueAccounts.length)}
                  hideLegend
                  xAxisTitle="Drafts"
                  yAxisTitle="Account"
                  data={report.fatigueAccounts.map((account) => ({ y: account.account, x: account.drafts, legend: account.account }))}
                />
            </ReportFigure>
            <ReportFigure label="What sellers answered" heading={"What sellers answered to “Does this add value for them?”"} empty={report.valueAnswers.length === 0 ? "No answers in this range." : undefined}>
                <Table aria-label="Value answers" size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Answer</TableHeaderCell>
                      <TableHeaderCell>Times</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {report.valueAnswers.map((answer) => (
                      <TableRow key={answer.answer}>
                        <TableCell>{answer.answer}</TableCell>
                        <TableCell>{answer.count}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
            </ReportFigure>
          </div>
        </>
      )}
    </section>
  );
}

/** One chart or table of the report, under its heading, or the words for an empty range. */
function ReportFigure({ label, heading, empty, children }: { label: string; heading: string; empty: string | undefined; children: ReactNode }) {
  const styles = useStyles();
  return (
    <figure className={styles.chart} aria-label={label}>
      <Text as="h3" weight="semibold" block>
        {heading}
      </Text>
      {empty ? <Text>{empty}</Text> : children}
    </figure>
  );
}
