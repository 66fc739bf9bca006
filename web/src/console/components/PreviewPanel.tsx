import { Badge, Button, Caption1, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CheckResponse } from "../../shared/contract";
import type { ConsoleClient } from "../consoleClient";
import { inherit } from "../policyDiff";
import { errorsUnder, sensitivityOf, textCodes, type PolicyDocument } from "../policyModel";
import { common, formattingLocale, preview, sendModeText, severityLabels, verdictText } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  columns: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(280px, 1fr))", gap: tokens.spacingHorizontalL },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
});

type Result = Omit<CheckResponse, "checkId">;

/** A pasted mail checked under the policy being edited and under the saved one, side by side. */
export function PreviewPanel({ client, document, team }: { client: ConsoleClient; document: PolicyDocument; team?: string }) {
  const styles = useStyles();
  const [to, setTo] = useState("");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [results, setResults] = useState<{ unsaved: Result; saved: Result }>();

  const run = async () => {
    setBusy(true);
    try {
      const recipients = to.split(/[;,\s]+/).filter(Boolean);
      // The service words the findings in the console's language too.
      const answer = await client.preview(document, { to: recipients, cc: [], bcc: [], subject, body, bodyFormat: "text", displayLanguage: formattingLocale() }, team);
      if ("errors" in answer) {
        setErrors(answer.errors);
        setResults(undefined);
      } else {
        setErrors({});
        setResults(answer);
      }
    } finally {
      setBusy(false);
    }
  };

  const policyErrors = Object.keys(errors).filter((key) => !key.startsWith("draft."));
  const scope = team && document.teams?.[team] ? inherit(document, document.teams[team]) : document;
  const tuned = textCodes.filter((code) => sensitivityOf(scope, code) !== "normal").map((code) => ({ code, sensitivity: sensitivityOf(scope, code) }));
  return (
    <section className={styles.root} aria-labelledby="preview-title">
      <Text as="h2" id="preview-title" weight="semibold" size={400}>
        {preview.title}
      </Text>
      <Caption1>{preview.intro(team ? (document.teams?.[team]?.name ?? team) : undefined, tuned)}</Caption1>
      <Field label={preview.recipients} hint={preview.recipientsHint} validationMessage={errorsUnder(errors, "draft.to")}>
        <Input value={to} onChange={(_, data) => setTo(data.value)} />
      </Field>
      <Field label={preview.subject} validationMessage={errorsUnder(errors, "draft.subject")}>
        <Input value={subject} onChange={(_, data) => setSubject(data.value)} />
      </Field>
      <Field label={preview.body} validationMessage={errorsUnder(errors, "draft.body")}>
        <Textarea value={body} onChange={(_, data) => setBody(data.value)} rows={6} resize="vertical" />
      </Field>
      {policyErrors.length > 0 && <Text role="alert">{preview.fixPolicyFirst(policyErrors)}</Text>}
      <Button appearance="primary" onClick={() => void run()} disabled={busy}>
        {preview.run}
      </Button>
      {results && (
        <div className={styles.columns}>
          <ResultView title={preview.unsaved} findingsLabel={preview.unsavedFindings} result={results.unsaved} />
          <ResultView title={preview.saved} findingsLabel={preview.savedFindings} result={results.saved} />
        </div>
      )}
    </section>
  );
}

function ResultView({ title, findingsLabel, result }: { title: string; findingsLabel: string; result: Result }) {
  const styles = useStyles();
  const color = result.verdict === "block" ? "danger" : result.verdict === "warn" ? "warning" : "success";
  return (
    <div className={styles.result} role="region" aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <div>
        <Badge color={color} appearance="filled">
          {verdictText[result.verdict]}
        </Badge>{" "}
        <Caption1>{sendModeText[result.sendMode]}</Caption1>
      </div>
      {result.findings.length === 0 ? (
        <Text>{preview.noFindings}</Text>
      ) : (
        <ul aria-label={findingsLabel}>
          {result.findings.map((finding, index) => (
            <li key={index}>
              <Text weight="semibold">{finding.code}</Text> {preview.finding(severityLabels[finding.severity] ?? finding.severity, finding.message)}
              {finding.evidence.filter((evidence) => evidence.text).map((evidence, i) => (
                <Caption1 key={i} block>
                  {common.quoted(evidence.text ?? "")}
                </Caption1>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
