import { Caption1, Field, Input, Radio, RadioGroup, Select, Switch, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  defaultReasons,
  defaultThresholds,
  errorsUnder,
  findingCodes,
  linesOf,
  severityOf,
  thresholdFields,
  withField,
  withSeverity,
  withThreshold,
  type PolicyDocument,
  type Severity,
} from "../policyModel";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  table: { width: "100%", borderCollapse: "collapse" },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, verticalAlign: "top", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, textAlign: "left" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(240px, 1fr))", gap: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  document: PolicyDocument;
  errors: Record<string, string[]>;
  onChange: (document: PolicyDocument) => void;
}

/** The tenant policy, field by field; what is not set shows the documented default. */
export function PolicyEditor({ document, errors, onChange }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <Field label="Checks" hint="Off lets every mail go at once without asking the service: for the day it has an incident.">
        <Switch
          checked={document.checksEnabled ?? true}
          label={document.checksEnabled === false ? "Off for everyone" : "On"}
          onChange={(_, data) => onChange(withField(document, "checksEnabled", data.checked ? undefined : false))}
        />
      </Field>

      <section aria-labelledby="severities-title">
        <Text as="h2" id="severities-title" weight="semibold" size={400}>
          What each finding does
        </Text>
        <Caption1 block className={styles.muted}>
          Off: not checked. Info: shown in the task pane only. Warn: held until the seller answers or sends anyway. Block: held until fixed.
        </Caption1>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.cell} scope="col">Finding</th>
              <th className={styles.cell} scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {findingCodes.map((entry) => (
              <tr key={entry.code}>
                <td className={styles.cell}>
                  <Text weight="semibold" block>
                    {entry.code}
                  </Text>
                  <Text block>{entry.meaning}</Text>
                  <Caption1 className={styles.muted}>Example: {entry.example}</Caption1>
                </td>
                <td className={styles.cell}>
                  <Field validationMessage={errorsUnder(errors, `severities.${entry.code}`)}>
                    <Select
                      aria-label={`Severity of ${entry.code}`}
                      value={severityOf(document, entry.code)}
                      onChange={(_, data) => onChange(withSeverity(document, entry.code, data.value as Severity))}
                    >
                      {(["off", "info", "warn", "block"] as const).map((severity) => (
                        <option key={severity} value={severity}>
                          {severity}
                          {severity === entry.severity ? " (default)" : ""}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {errorsUnder(errors, "severities") && <Text role="alert">{errorsUnder(errors, "severities")}</Text>}
      </section>

      <section aria-labelledby="thresholds-title" className={styles.grid}>
        <Text as="h2" id="thresholds-title" weight="semibold" size={400} style={{ gridColumn: "1 / -1" }}>
          Thresholds
        </Text>
        {thresholdFields.map((field) => {
          const value = document.thresholds?.[field.key];
          return (
            <Field
              key={field.key}
              label={`${field.label} (${field.unit})`}
              hint={`${field.hint}; default ${defaultThresholds[field.key]}`}
              validationMessage={errorsUnder(errors, `thresholds.${field.key}`)}
            >
              <Input
                type="number"
                value={value === undefined ? "" : String(value)}
                placeholder={String(defaultThresholds[field.key])}
                onChange={(_, data) => onChange(withThreshold(document, field.key, data.value.trim() === "" ? undefined : Number(data.value)))}
              />
            </Field>
          );
        })}
      </section>

      <section className={styles.grid} aria-label="Exemptions">
        <Field label="Exempt domains" hint="One per line; mail to these domains is never flagged." validationMessage={errorsUnder(errors, "exemptDomains")}>
          <Textarea
            value={(document.exemptDomains ?? []).join("\n")}
            onChange={(_, data) => onChange(withField(document, "exemptDomains", linesOf(data.value).length > 0 ? linesOf(data.value) : undefined))}
            resize="vertical"
          />
        </Field>
        <Field label="Exempt addresses" hint="One per line." validationMessage={errorsUnder(errors, "exemptAddresses")}>
          <Textarea
            value={(document.exemptAddresses ?? []).join("\n")}
            onChange={(_, data) => onChange(withField(document, "exemptAddresses", linesOf(data.value).length > 0 ? linesOf(data.value) : undefined))}
            resize="vertical"
          />
        </Field>
      </section>

      <Field
        label="Reasons a seller can pick when asked “Does this add value for them?”"
        hint="One per line; sellers can always answer in their own words too. Empty: the default reasons."
        validationMessage={errorsUnder(errors, "valueAnswerReasons")}
      >
        <Textarea
          value={(document.valueAnswerReasons ?? []).join("\n")}
          placeholder={defaultReasons.join("\n")}
          rows={5}
          onChange={(_, data) => onChange(withField(document, "valueAnswerReasons", linesOf(data.value).length > 0 ? linesOf(data.value) : undefined))}
          resize="vertical"
        />
      </Field>

      <Field label="When the service cannot answer in time" validationMessage={errorsUnder(errors, "failMode")}>
        <RadioGroup value={document.failMode ?? "open"} onChange={(_, data) => onChange(withField(document, "failMode", data.value === "open" ? undefined : "closed"))}>
          <Radio value="open" label="Let the mail go (default)" />
          <Radio value="closed" label="Hold the mail until it can be checked" />
        </RadioGroup>
      </Field>
    </div>
  );
}
