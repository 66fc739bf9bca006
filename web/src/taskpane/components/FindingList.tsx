import { Badge, Body1, Caption1, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../shared/contract";
import { snippetOf } from "../evidenceContext";
import { nextStepFor } from "../nextSteps";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  quote: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, overflowWrap: "anywhere" },
  step: { color: tokens.colorBrandForeground1 },
});

const severityColor = { block: "danger", warn: "warning", info: "informative" } as const;

/** The findings with their evidence: phrases highlighted where they stand in the mail, facts with their source. */
export function FindingList({ findings, subject, body }: { findings: Finding[]; subject: string; body: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Findings">
      {findings.map((finding, index) => (
        <li key={`${finding.code}-${finding.recipient ?? ""}-${index}`}>
          <Card>
            <div>
              <Badge color={severityColor[finding.severity]} appearance="tint">{finding.severity}</Badge>{" "}
              <Caption1>{finding.code}</Caption1>
            </div>
            <Body1>{finding.message}</Body1>
            {finding.evidence.map((evidence, i) => {
              const snippet = snippetOf(evidence, subject, body);
              if (snippet)
                return (
                  <blockquote key={i} className={styles.quote}>
                    <Caption1>{evidence.part === "subject" ? "Subject: " : ""}</Caption1>
                    {snippet.before}
                    <mark className={styles.mark}>{snippet.match}</mark>
                    {snippet.after}
                  </blockquote>
                );
              if (evidence.kind === "fact")
                return (
                  <Caption1 key={i} block>
                    {evidence.fact}: {evidence.value}
                    {evidence.source ? ` (${evidence.source})` : ""}
                  </Caption1>
                );
              return null;
            })}
            <Text className={styles.step}>Next step: {nextStepFor(finding)}</Text>
          </Card>
        </li>
      ))}
    </ul>
  );
}
