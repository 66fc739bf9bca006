import { Caption1, Field, Input, Radio, RadioGroup, Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Button } from "@fluentui/react-components";
import { useId } from "react";
import { inherit } from "../policyDiff";
import { ListField } from "./ListField";
import { ReasonTranslations } from "./ReasonTranslations";
import {
  defaultReasons,
  defaultThresholds,
  errorsUnder,
  fieldLabels,
  findingCodes,
  sensitivityLevels,
  sensitivityOf,
  severityOf,
  textCodes,
  thresholdFields,
  withField,
  withSensitivity,
  withSeverity,
  withThreshold,
  type PolicyOverrides,
  type Sensitivity,
  type Severity,
} from "../policyModel";
import { policy, severityLabels } from "../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  table: { width: "100%", borderCollapse: "collapse" },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, verticalAlign: "top", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, textAlign: "left" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(240px, 1fr))", gap: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  /** The settings being edited: the tenant policy, or one team's overrides. */
  document: PolicyOverrides;
  /** For a team: the tenant policy it inherits from. */
  inherits?: PolicyOverrides;
  /** Where server errors for these settings are reported ("" for the tenant, "teams.<group>." for a team). */
  errorPrefix?: string;
  errors: Record<string, string[]>;
  onChange: (document: PolicyOverrides) => void;
}

/**
 * Policy settings, field by field. What is not set shows what applies instead: the documented default for the tenant
 * policy, the tenant's setting for a team ("inherited"); a team's own setting can be reset to inherit again.
 */
export function PolicyEditor({ document, inherits, errorPrefix = "", errors, onChange }: Props) {
  const styles = useStyles();
  const base: PolicyOverrides = inherits ? inherit({}, inherits) : {};
  const effective = inherit(base, document);
  const fieldErrors = (field: string) => errorsUnder(errors, errorPrefix + field);
  const team = inherits !== undefined;
  const inheritedSeverity = (code: string) => severityOf(base, code);
  const inheritedSensitivity = (code: string) => sensitivityOf(base, code);
  const ids = useId();
  const reset = (label: string, set: boolean, clear: () => void) =>
    inherits && set ? (
      <Button size="small" appearance="subtle" onClick={clear} aria-label={policy.resetLabel(label)}>
        {policy.reset}
      </Button>
    ) : null;
  return (
    <div className={styles.form}>
      <Field label={policy.checks} hint={policy.checksHint}>
        <Switch
          checked={effective.checksEnabled ?? true}
          label={effective.checksEnabled === false ? policy.off : policy.on}
          onChange={(_, data) => onChange(withField(document, "checksEnabled", data.checked === (base.checksEnabled ?? true) ? undefined : data.checked))}
        />
      </Field>

      <section aria-labelledby="severities-title">
        <Text as="h2" id="severities-title" weight="semibold" size={400}>
          {policy.severitiesTitle}
        </Text>
        <Caption1 block className={styles.muted}>
          {policy.severitiesHint}
        </Caption1>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.cell} scope="col">
                {policy.finding}
              </th>
              <th className={styles.cell} scope="col">
                {policy.severity}
              </th>
            </tr>
          </thead>
          <tbody>
            {findingCodes.map((entry) => (
              <tr key={entry.code}>
                <td className={styles.cell}>
                  <Text weight="semibold" block id={`${ids}-${entry.code}`}>
                    {entry.code}
                  </Text>
                  <Text block>{entry.meaning}</Text>
                  <Caption1 className={styles.muted}>{policy.example(entry.example)}</Caption1>
                </td>
                <td className={styles.cell}>
                  <Field validationMessage={fieldErrors(`severities.${entry.code}`)}>
                    <Select
                      aria-label={policy.severityOf(entry.code)}
                      value={severityOf(effective, entry.code)}
                      onChange={(_, data) => onChange(withSeverity(document, entry.code, data.value as Severity, inheritedSeverity(entry.code)))}
                    >
                      {(["off", "info", "warn", "block"] as const).map((severity) => (
                        <option key={severity} value={severity}>
                          {severityLabels[severity]}
                          {severity === inheritedSeverity(entry.code) ? policy.inheritedMark(team) : ""}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  {reset(policy.severityOf(entry.code), document.severities?.[entry.code] !== undefined, () =>
                    onChange(withSeverity(document, entry.code, inheritedSeverity(entry.code), inheritedSeverity(entry.code))),
                  )}
                  {textCodes.includes(entry.code) && (
                    <>
                      <Field
                        label={{ id: `${ids}-${entry.code}-sensitivity`, children: fieldLabels.sensitivity }}
                        validationMessage={fieldErrors(`sensitivity.${entry.code}`)}
                      >
                        <RadioGroup
                          aria-labelledby={`${ids}-${entry.code}-sensitivity ${ids}-${entry.code}`}
                          value={sensitivityOf(effective, entry.code)}
                          onChange={(_, data) => onChange(withSensitivity(document, entry.code, data.value as Sensitivity, inheritedSensitivity(entry.code)))}
                        >
                          {sensitivityLevels.map(({ level, label }) => (
                            <Radio key={level} value={level} label={`${label}${level === inheritedSensitivity(entry.code) ? policy.inheritedMark(team) : ""}`} />
                          ))}
                        </RadioGroup>
                      </Field>
                      {reset(policy.sensitivityFor(entry.code), document.sensitivity?.[entry.code] !== undefined, () =>
                        onChange(withSensitivity(document, entry.code, inheritedSensitivity(entry.code), inheritedSensitivity(entry.code))),
                      )}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {fieldErrors("severities") && <Text role="alert">{fieldErrors("severities")}</Text>}
        {fieldErrors("sensitivity") && <Text role="alert">{fieldErrors("sensitivity")}</Text>}
      </section>

      <section aria-labelledby="thresholds-title" className={styles.grid}>
        <Text as="h2" id="thresholds-title" weight="semibold" size={400} style={{ gridColumn: "1 / -1" }}>
          {policy.thresholdsTitle}
        </Text>
        {thresholdFields.map((field) => {
          const value = document.thresholds?.[field.key];
          const fallback = base.thresholds?.[field.key] ?? defaultThresholds[field.key];
          return (
            <Field
              key={field.key}
              label={policy.thresholdLabel(field.label, field.unit)}
              hint={policy.thresholdHint(field.hint, fallback, team)}
              validationMessage={fieldErrors(`thresholds.${field.key}`)}
            >
              <Input
                type="number"
                value={value === undefined ? "" : String(value)}
                placeholder={String(fallback)}
                onChange={(_, data) => onChange(withThreshold(document, field.key, data.value.trim() === "" ? undefined : Number(data.value)))}
              />
            </Field>
          );
        })}
      </section>

      <section className={styles.grid} aria-label={policy.exemptions}>
        <ListField
          label={policy.exemptDomains}
          hint={policy.exemptDomainsHint(team)}
          validationMessage={fieldErrors("exemptDomains")}
          value={document.exemptDomains}
          inherited={base.exemptDomains ?? []}
          onChange={(list) => onChange(withField(document, "exemptDomains", list))}
        />
        <ListField
          label={policy.exemptAddresses}
          hint={policy.exemptAddressesHint(team)}
          validationMessage={fieldErrors("exemptAddresses")}
          value={document.exemptAddresses}
          inherited={base.exemptAddresses ?? []}
          onChange={(list) => onChange(withField(document, "exemptAddresses", list))}
        />
      </section>

      <ListField
        label={policy.reasons}
        hint={policy.reasonsHint(team)}
        validationMessage={fieldErrors("valueAnswerReasons")}
        value={document.valueAnswerReasons}
        inherited={base.valueAnswerReasons ?? defaultReasons}
        rows={5}
        onChange={(list) => onChange(withField(document, "valueAnswerReasons", list))}
      />

      <ReasonTranslations
        document={document}
        effective={effective}
        team={team}
        validationMessage={fieldErrors("valueAnswerReasonTranslations")}
        onChange={onChange}
      />

      <Field label={policy.failMode} validationMessage={fieldErrors("failMode")}>
        <RadioGroup
          value={effective.failMode ?? "open"}
          onChange={(_, data) => onChange(withField(document, "failMode", data.value === (base.failMode ?? "open") ? undefined : (data.value as "open" | "closed")))}
        >
          <Radio value="open" label={`${policy.failOpen}${(base.failMode ?? "open") === "open" ? policy.inheritedMark(team) : ""}`} />
          <Radio value="closed" label={`${policy.failClosed}${base.failMode === "closed" ? policy.inheritedMark(true) : ""}`} />
        </RadioGroup>
      </Field>
    </div>
  );
}
