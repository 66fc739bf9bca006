import { Button, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import {
  missingTranslations,
  reasonLanguages,
  reasonsInForce,
  translationLinesOf,
  translationsText,
  withField,
  withReasonTranslations,
  type PolicyOverrides,
  type ReasonLanguage,
} from "../policyModel";
import { builtInReasonsIn, policy } from "../strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(240px, 1fr))", gap: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

interface Props {
  /** The settings being edited: the tenant policy, or one team's overrides. */
  document: PolicyOverrides;
  /** What sellers get under them (for a team: with what it inherits). */
  effective: PolicyOverrides;
  team: boolean;
  /** The service's errors for valueAnswerReasonTranslations (by language or by reason: all of them here). */
  validationMessage: string | undefined;
  onChange: (document: PolicyOverrides) => void;
}

/**
 * The value-answer reasons in German, French, Spanish and English: one box per language, one line per reason in the
 * reasons' order, an empty line for "the reason as written" (kept in place). Each box's placeholder is what sellers
 * reading that language see when it is left empty. Under them, the languages whose sellers see reasons untranslated.
 */
export function ReasonTranslations({ document, effective, team, validationMessage, onChange }: Props) {
  const styles = useStyles();
  const ids = useId();
  const { reasons, builtIn } = reasonsInForce(effective);
  // A team that sets none inherits the tenant's (if it sets no reasons of its own either): shown as the placeholder.
  const inherited = document.valueAnswerReasonTranslations === undefined ? effective.valueAnswerReasonTranslations : undefined;
  const fallback = (language: ReasonLanguage) => {
    const builtInThere = builtIn ? builtInReasonsIn(language) : [];
    return reasons.map((reason, i) => inherited?.[language]?.[i] || builtInThere[i] || reason);
  };
  const missing = missingTranslations(effective);
  return (
    <section aria-labelledby={`${ids}-title`} className={styles.section}>
      <Text as="h2" id={`${ids}-title`} weight="semibold" size={400}>
        {policy.translationsTitle}
      </Text>
      <Caption1 block className={styles.muted}>
        {policy.translationsHint(builtIn, team)}
      </Caption1>
      <div className={styles.grid}>
        {reasonLanguages.map((language) => (
          <TranslationField
            key={language}
            label={policy.languages[language]}
            value={document.valueAnswerReasonTranslations?.[language]}
            placeholder={translationsText(fallback(language))}
            rows={Math.max(reasons.length, 2)}
            onChange={(entries) => onChange(withReasonTranslations(document, language, entries))}
          />
        ))}
      </div>
      {team && document.valueAnswerReasonTranslations !== undefined && (
        <div>
          <Button size="small" appearance="subtle" onClick={() => onChange(withField(document, "valueAnswerReasonTranslations", undefined))} aria-label={policy.resetLabel(policy.translationsTitle)}>
            {policy.reset}
          </Button>
        </div>
      )}
      {validationMessage && (
        <Text role="alert" className={styles.error}>
          {validationMessage}
        </Text>
      )}
      {missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{policy.missingTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {missing.map((entry) => (
                <li key={entry.language}>{policy.missingTranslations(entry.language, entry.missing, entry.total)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

interface FieldProps {
  label: string;
  /** The language's translations as the policy has them; undefined: none. */
  value: (string | null)[] | undefined;
  placeholder: string;
  rows: number;
  onChange: (entries: (string | null)[]) => void;
}

/** One language's box: the text is kept as typed (empty lines included) and its lines, by position, go to the policy. */
function TranslationField({ label, value, placeholder, rows, onChange }: FieldProps) {
  const [text, setText] = useState(() => translationsText(value));
  // The policy changed from elsewhere (discard, reload, rollback): show it.
  const shown = sameEntries(translationLinesOf(text), translationLinesOf(translationsText(value))) ? text : translationsText(value);
  return (
    <Field label={label}>
      <Textarea
        value={shown}
        placeholder={placeholder}
        rows={rows}
        resize="vertical"
        onChange={(_, data) => {
          setText(data.value);
          onChange(translationLinesOf(data.value));
        }}
      />
    </Field>
  );
}

function sameEntries(a: (string | null)[], b: (string | null)[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}
