import { Field, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { linesOf } from "../policyModel";

interface Props {
  label: string;
  hint: string;
  validationMessage: string | undefined;
  /** The list as the policy has it; undefined: not set (what is inherited shows as the placeholder). */
  value: string[] | undefined;
  inherited: string[];
  rows?: number;
  onChange: (value: string[] | undefined) => void;
}

/**
 * A list setting edited one entry per line. The text being typed is kept as typed (a new, still empty line included)
 * and the list of non-empty lines goes to the policy; an empty box means "not set".
 */
export function ListField({ label, hint, validationMessage, value, inherited, rows, onChange }: Props) {
  const [text, setText] = useState(() => (value ?? []).join("\n"));
  // The policy changed from elsewhere (discard, reload, rollback): show it.
  const shown = sameList(linesOf(text), value ?? []) ? text : (value ?? []).join("\n");
  return (
    <Field label={label} hint={hint} validationMessage={validationMessage}>
      <Textarea
        value={shown}
        placeholder={inherited.join("\n")}
        rows={rows}
        resize="vertical"
        onChange={(_, data) => {
          setText(data.value);
          const lines = linesOf(data.value);
          onChange(lines.length > 0 ? lines : undefined);
        }}
      />
    </Field>
  );
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}
