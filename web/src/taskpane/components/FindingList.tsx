import { Badge, Body1, Caption1, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../shared/contract";
import { quotesOf } from "../evidenceContext";
import { factSentence, nextStepFor, paneText, severityLabels, titleOf } from "../strings";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  title: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  quote: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, overflowWrap: "anywhere" },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  step: { color: tokens.colorBrandForeground1 },
});

const severityColor = { block: "danger", warn: "warning", info: "informative" } as const;

/**
 * The findings in the seller's words: what each is called, its message, the mail's own words with the cues marked
 * (one quote per stretch of text), the facts behind it as sentences, and what to do next. Where the facts come from
 * is said once, on the recipient's card.
 */
export function FindingList({ findings, subject, body }: { findings: Finding[]; subject: string; body: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={paneText.findingsLabel}>
      {findings.map((finding, index) => {
        const facts = finding.evidence.filter((evidence) => evidence.kind === "fact").map(factSentence).filter((sentence): sentence is string => !!sentence);
        return (
          <li key={`${finding.code}-${finding.recipient ?? ""}-${index}`}>
            <Card>
              <div className={styles.title}>
                <Badge color={severityColor[finding.severity]} appearance="tint">
                  {severityLabels[finding.severity]}
                </Badge>
                <Text weight="semibold">{titleOf(finding.code)}</Text>
              </div>
              <Body1>{finding.message}</Body1>
              {quotesOf(finding.evidence, subject, body).map((quote, i) => (
                <blockquote key={i} className={styles.quote}>
                  <Caption1>{quote.part === "subject" ? paneText.subjectPrefix : ""}</Caption1>
                  {quote.segments.map((segment, j) =>
                    segment.marked ? (
                      <mark key={j} className={styles.mark}>
                        {segment.text}
                      </mark>
                    ) : (
                      segment.text
                    ),
                  )}
                </blockquote>
              ))}
              {facts.length > 0 && (
                <ul className={styles.facts}>
                  {facts.map((fact) => (
                    <li key={fact}>
                      <Caption1>{fact}</Caption1>
                    </li>
                  ))}
                </ul>
              )}
              <Text className={styles.step}>
                {paneText.nextStep} {nextStepFor(finding)}
              </Text>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
