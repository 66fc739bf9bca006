import { DataVizPalette, HorizontalBarChartWithAxis, VerticalStackedBarChart, getColorFromToken } from "@fluentui/react-charts";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { ConsoleClient } from "../consoleClient";
import type { PolicyDocument } from "../policyModel";
import { saveFile } from "../saveFile";
import { codesIn, outcomeLabels, outcomeOrder, overrideRows, reportCsv, reportFileName, textNotCheckedSummary, type Report } from "../reportModel";
import { codeTitle, formatCount, formattingLocale, reports } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  filters: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
  charts: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(420px, 1fr))", gap: tokens.spacingHorizontalXL },
  chart: { minWidth: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The chart capitalises every word of a legend; the names are sentences ("Nachfassen ohne Neuigkeiten").
  legend: { textTransform: "none" },
  // The chart takes its height from its parent (legend included): room for the slanted names below the bars.
  slantedChart: { height: "520px" },
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
    saveFile(new Blob([reportCsv(report)], { type: "text/csv;charset=utf-8" }), reportFileName(report));
  };

  const codes = report ? codesIn(report) : [];
  const overrides = report ? overrideRows(report) : [];
  return (
    <section className={styles.root} aria-labelledby="reports-title">
      <Text as="h2" id="reports-title" weight="semibold" size={400}>
        {reports.title}
      </Text>
      <div className={styles.filters}>
        <Field label={reports.from}>
          <Input type="date" value={from} onChange={(_, data) => setFrom(data.value)} />
        </Field>
        <Field label={reports.to}>
          <Input type="date" value={to} onChange={(_, data) => setTo(data.value)} />
        </Field>
        <Field label={reports.team}>
          <Select value={team} onChange={(_, data) => setTeam(data.value)}>
            <option value="">{reports.everyone}</option>
            <option value="tenant">{reports.tenant}</option>
            {Object.entries(policy.teams ?? {}).map(([group, settings]) => (
              <option key={group} value={group}>
                {settings.name ?? group}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={exportCsv} disabled={!report}>
          {reports.exportCsv}
        </Button>
      </div>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {!report && !problem && <Spinner label={reports.loading} />}
      {report && (
        <>
          <Text role="status">{reports.summary(report.drafts, report.from, report.to, report.checks)}</Text>
          {report.demoDrafts > 0 && (
            <MessageBar intent="info">
              <MessageBarBody>{reports.demo(report.demoDrafts)}</MessageBarBody>
            </MessageBar>
          )}
          {textNotCheckedSummary(report) && (
            <MessageBar intent="warning">
              <MessageBarBody>{reports.textNotChecked(textNotCheckedSummary(report))}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.charts} ref={container}>
            <ReportFigure label={reports.perWeek} heading={reports.perWeek} empty={report.byWeek.length === 0 ? reports.noFindings : undefined}>
                <div className={styles.slantedChart}>
                <VerticalStackedBarChart
                  culture={formattingLocale()}
                  chartTitle={reports.perWeek}
                  width={width}
                  height={520}
                  xAxisTitle={reports.weekStarting}
                  // Every bar keeps its label, slanted: by default the chart drops labels that would overlap.
                  hideTickOverlap={false}
                  rotateXAxisLables
                  yAxisTitle={reports.findings}
                  legendProps={{ enabledWrapLines: true, styles: { legend: styles.legend } }}
                  data={report.byWeek.map((week) => ({
                    xAxisPoint: week.week,
                    chartData: codes.map((code) => ({ legend: codeTitle(code), data: week.codes[code] ?? 0, color: codeColor(code, codes) })),
                  }))}
                />
                </div>
            </ReportFigure>
            <ReportFigure label={reports.outcomes} heading={reports.outcomes} empty={report.byCode.length === 0 ? reports.noFindings : undefined}>
                <div className={styles.slantedChart}>
                <VerticalStackedBarChart
                  culture={formattingLocale()}
                  chartTitle={reports.outcomes}
                  width={width}
                  height={520}
                  xAxisTitle={reports.findingCode}
                  yAxisTitle={reports.drafts}
                  legendProps={{ enabledWrapLines: true, styles: { legend: styles.legend } }}
                  hideTickOverlap={false}
                  rotateXAxisLables
                  data={report.byCode.map((code) => ({
                    xAxisPoint: codeTitle(code.code),
                    chartData: outcomeOrder
                      .filter((outcome) => code.outcomes[outcome])
                      .map((outcome) => ({ legend: outcomeLabels[outcome] ?? outcome, data: code.outcomes[outcome] ?? 0, color: outcomeColor(outcome) })),
                  }))}
                />
                </div>
            </ReportFigure>
            <ReportFigure label={reports.overrides} heading={reports.overrides} empty={overrides.length === 0 ? reports.noOverrides : undefined}>
                <Table aria-label={reports.overrides} size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{reports.code}</TableHeaderCell>
                      <TableHeaderCell>{reports.drafts}</TableHeaderCell>
                      <TableHeaderCell>{reports.sentAnyway}</TableHeaderCell>
                      <TableHeaderCell>{reports.answered}</TableHeaderCell>
                      <TableHeaderCell>{reports.reasonsGiven}</TableHeaderCell>
                      <TableHeaderCell>{reports.policy}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {overrides.map((row) => (
                      <TableRow key={row.code}>
                        <TableCell>{codeTitle(row.code)}</TableCell>
                        <TableCell>{formatCount(row.findings)}</TableCell>
                        <TableCell>{formatCount(row.sentAnyway)}</TableCell>
                        <TableCell>{formatCount(row.answered)}</TableCell>
                        <TableCell>{row.reasons.length === 0 ? reports.noneGiven : row.reasons.map((reason) => reports.reason(reason.answer, reason.count)).join(", ")}</TableCell>
                        <TableCell>
                          <Button size="small" appearance="subtle" onClick={() => onAdjust(row.code)} aria-label={reports.adjustLabel(row.code)}>
                            {reports.adjust}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
            </ReportFigure>
            <ReportFigure label={reports.fatigue} heading={reports.fatigue} empty={report.fatigueAccounts.length === 0 ? reports.noFatigue : undefined}>
                <HorizontalBarChartWithAxis
                  culture={formattingLocale()}
                  chartTitle={reports.fatigue}
                  width={width}
                  height={Math.max(160, 40 * report.fatigueAccounts.length)}
                  hideLegend
                  xAxisTitle={reports.drafts}
                  yAxisTitle={reports.account}
                  data={report.fatigueAccounts.map((account) => ({ y: account.account, x: account.drafts, legend: account.account }))}
                />
            </ReportFigure>
            <ReportFigure label={reports.valueAnswersFigure} heading={reports.valueAnswersTitle} empty={report.valueAnswers.length === 0 ? reports.noAnswers : undefined}>
                <Table aria-label={reports.valueAnswers} size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{reports.answer}</TableHeaderCell>
                      <TableHeaderCell>{reports.times}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {report.valueAnswers.map((answer) => (
                      <TableRow key={answer.answer}>
                        <TableCell>{answer.answer}</TableCell>
                        <TableCell>{formatCount(answer.count)}</TableCell>
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
