import { Button, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ConsoleClient, ImportResult } from "../consoleClient";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "720px" },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace },
});

/** Replaces the built-in CRM from two CSV files; every bad row is listed and nothing changes unless all are valid. */
export function CrmImportPanel({ client }: { client: ConsoleClient }) {
  const styles = useStyles();
  const [accounts, setAccounts] = useState<File>();
  const [contacts, setContacts] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult>();

  const upload = async () => {
    if (!accounts || !contacts) return;
    setBusy(true);
    try {
      setResult(await client.importCrm(accounts, contacts));
    } catch (error) {
      setResult({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

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
      {result?.kind === "imported" && (
        <MessageBar intent="success">
          <MessageBarBody>
            Imported {result.accounts} accounts and {result.contacts} contacts. Checks use them from now on.
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "rejected" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nothing was imported</MessageBarTitle>
            {result.summary}
            <ul className={styles.errors} aria-label="Rows to fix">
              {result.rows.map((row) => (
                <li key={row}>{row}</li>
              ))}
            </ul>
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
