import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { CheckRequest, CheckResponse } from "../shared/contract";
import { FindingList } from "./components/FindingList";
import { RecipientCard } from "./components/RecipientCard";
import { ValueQuestionForm } from "./components/ValueQuestionForm";
import { paneText } from "./strings";
import { SignInRequired, type TaskPaneHost } from "./TaskPaneHost";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type View =
  | { state: "loading" }
  | { state: "signIn"; message: string }
  | { state: "unreachable"; message: string }
  | { state: "checked"; draft: CheckRequest; result: CheckResponse; answered?: string };

/** The task pane: who the recipients are, what will land badly, and the value question. */
export function App({ host }: { host: TaskPaneHost }) {
  const styles = useStyles();
  const [view, setView] = useState<View>({ state: "loading" });
  const [busy, setBusy] = useState(false);
  const [answerError, setAnswerError] = useState<string>();

  // Opened from Send's alert, the pane shows the check that Send made (and the answer goes against it), unless the
  // draft has changed since; "Check again" always checks anew.
  const run = useCallback(async (fresh: boolean) => {
    setView({ state: "loading" });
    try {
      const draft = await host.readDraft();
      const { answered, handedOver } = await host.opened(draft);
      const request = answered ? { ...draft, valueAnswer: answered } : draft;
      const result = (fresh ? undefined : handedOver) ?? (await host.check(request));
      setView({ state: "checked", draft, result, answered });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setView(error instanceof SignInRequired ? { state: "signIn", message } : { state: "unreachable", message });
    }
  }, [host]);

  useEffect(() => {
    void run(false);
  }, [run]);

  if (view.state === "loading")
    return (
      <main className={styles.root}>
        <Spinner label={paneText.loading} />
      </main>
    );
  if (view.state === "signIn" || view.state === "unreachable")
    return (
      <main className={styles.root}>
        <MessageBar intent={view.state === "signIn" ? "warning" : "error"}>
          <MessageBarBody>
            <MessageBarTitle>{view.state === "signIn" ? paneText.signInTitle : paneText.unreachableTitle}</MessageBarTitle>
            {view.message}
          </MessageBarBody>
        </MessageBar>
        <Button onClick={() => void run(true)}>{view.state === "signIn" ? paneText.signIn : paneText.tryAgain}</Button>
      </main>
    );

  const { draft, result, answered } = view;
  const external = result.recipients.filter((recipient) => !recipient.isInternal);
  const stopping = result.findings.filter((finding) => finding.severity !== "info");
  const notChecked = result.text?.judged === false ? result.text.notCheckedNote : null;
  return (
    <main className={styles.root}>
      {notChecked && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{paneText.textNotChecked}</MessageBarTitle>
            {notChecked} {paneText.stillChecked}
          </MessageBarBody>
        </MessageBar>
      )}
      {result.findings.length === 0 ? (
        <MessageBar intent={notChecked ? "info" : "success"}>
          <MessageBarBody>
            <MessageBarTitle>{paneText.nothingToFlag}</MessageBarTitle>
            {notChecked ? paneText.nothingAboutRecipients : paneText.readsWell}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <section className={styles.section} aria-labelledby="findings-title">
          <Subtitle2 as="h2" id="findings-title">
            {result.verdict === "block" ? paneText.fixBeforeSending : stopping.length > 0 ? paneText.beforeThisGoesOut : paneText.worthKnowing}
          </Subtitle2>
          <FindingList findings={result.findings} subject={draft.subject} body={draft.body} />
        </section>
      )}
      {result.valueQuestion && !answered && (
        <section className={styles.section} aria-label={result.valueQuestion.question}>
          <ValueQuestionForm
            question={result.valueQuestion}
            busy={busy}
            onAnswer={(answer) => {
              setBusy(true);
              setAnswerError(undefined);
              host
                .answer(result.checkId, answer)
                .then(() => setView({ ...view, answered: answer }))
                .catch((error: unknown) => setAnswerError(error instanceof Error ? error.message : String(error)))
                .finally(() => setBusy(false));
            }}
          />
          {answerError && (
            <MessageBar intent="error">
              <MessageBarBody>{paneText.answerNotSaved} {answerError}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
      {answered && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>{paneText.answerSaved}</MessageBarTitle>
            {result.verdict === "block" ? paneText.sendAgainWhenFixed : paneText.sendAgain}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="recipients-title">
        <Subtitle2 as="h2" id="recipients-title">
          {paneText.whoTheyAre}
        </Subtitle2>
        {external.length === 0 ? <Body1>{paneText.allColleagues}</Body1> : external.map((facts) => <RecipientCard key={facts.address} facts={facts} />)}
      </section>
      <Button onClick={() => void run(true)}>{paneText.checkAgain}</Button>
    </main>
  );
}
