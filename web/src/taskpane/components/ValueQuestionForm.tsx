import { Button, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ValueQuestion } from "../../shared/contract";
import { paneText } from "../strings";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

const ownWords = "__own_words__";
const maxLength = 1000;

/** "Does this add value for them?": one of the manager's reasons, or the seller's own words. */
export function ValueQuestionForm({ question, onAnswer, busy }: { question: ValueQuestion; onAnswer: (answer: string) => void; busy: boolean }) {
  const styles = useStyles();
  const [choice, setChoice] = useState<string>("");
  const [text, setText] = useState("");
  const answer = choice === ownWords ? text.trim() : choice;
  return (
    <form
      className={styles.form}
      aria-label={paneText.valueQuestion}
      onSubmit={(event) => {
        event.preventDefault();
        if (answer) onAnswer(answer);
      }}
    >
      <Field label={question.question} required>
        <RadioGroup value={choice} onChange={(_, data) => setChoice(data.value)}>
          {question.reasons.map((reason) => (
            <Radio key={reason} value={reason} label={reason} />
          ))}
          <Radio value={ownWords} label={paneText.ownWords} />
        </RadioGroup>
      </Field>
      {choice === ownWords && (
        <Field label={paneText.whatItGives} validationMessage={text.length > maxLength ? paneText.atMost(maxLength) : undefined}>
          <Textarea value={text} onChange={(_, data) => setText(data.value)} maxLength={maxLength} resize="vertical" />
        </Field>
      )}
      <Button appearance="primary" type="submit" disabled={!answer || busy}>
        {paneText.saveAnswer}
      </Button>
    </form>
  );
}
