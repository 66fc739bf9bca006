import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ConsoleClient, ImportResult } from "../consoleClient";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "720px" },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace },
});

/**
 * Replaces the built-in CRM from two CSV files; bad rows are listed and nothing changes unless all are valid. Files
 * without rows would empty the CRM: the manager confirms that in a dialog before it is sent again as asked for.
 */
export function CrmImportPanel({ client }: { client: ConsoleClient }) {
  const styles = useStyles();
  const [accounts, setAccounts] = useState<File>();
  const [contacts, setContacts] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult>();

  const upload = async (options: { replaceWithEmpty?: boolean } = {}) => {
    if (!accounts || !contacts) return;
    setBusy(true);
    try {
      setResult(await client.importCrm(accounts, contacts, options));
    } catch (error) {
      setResult({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const keep = () => setResult({ kind: "rejected", summary: "The built-in CRM is unchanged.", rows: [] });

  return (
    <section className={styles.root} aria-labelledby="import-title">
      <Text as="h2" id="import-title" weight="semibold" size={400}>
        Import the built-in CRM
      </Text>
      <Caption1>
        accounts.csv: id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products. contacts.csv:
        email,account_id,first_name,last_name,title,do_not_email. The import replaces the whole built-in CRM, or changes nothing.
      </Caption1>
      <Field label="accounts.csv">
        <input type="file" accept=".csv,text/csv" aria-label="accounts.csv" onChange={(event) => setAccounts(event.target.files?.[0])} />
      </Field>
      <Field label="contacts.csv">
        <input type="file" accept=".csv,text/csv" aria-label="contacts.csv" onChange={(event) => setContacts(event.target.files?.[0])} />
      </Field>
      <Button appearance="primary" disabled={!accounts || !contacts || busy} onClick={() => void upload()}>
        Import
      </Button>
      <Dialog modalType="alert" open={result?.kind === "wouldEmpty"} onOpenChange={(_, data) => !data.open && keep()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Empty the built-in CRM?</DialogTitle>
            <DialogContent>
              The files have no rows. Importing them removes every account and contact from the built-in CRM, and checks no longer know
              who your customers are.
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={busy} onClick={() => void upload({ replaceWithEmpty: true })}>
                Empty the CRM
              </Button>
              <Button onClick={keep}>Keep the CRM</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {result?.kind === "imported" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {result.accounts === 0 && result.contacts === 0
              ? "The built-in CRM is empty now."
              : `Imported ${result.accounts} accounts and ${result.contacts} contacts. Checks use them from now on.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "rejected" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nothing was imported</MessageBarTitle>
            {result.summary}
            {result.rows.length > 0 && (
              <ul className={styles.errors} aria-label="Rows to fix">
                {result.rows.map((row) => (
                  <li key={row}>{row}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>The import did not reach the service: {result.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
