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
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ConsoleClient, CrmContents, ImportResult } from "../consoleClient";
import { saveFile } from "../saveFile";

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
  const [contents, setContents] = useState<CrmContents>();
  const [search, setSearch] = useState("");
  const [searchError, setSearchError] = useState<string>();

  const look = useCallback(
    async (text: string) => {
      const answer = await client.crmContents(text);
      if ("errors" in answer) setSearchError(Object.values(answer.errors).flat().join(" "));
      else {
        setSearchError(undefined);
        setContents(answer);
      }
    },
    [client],
  );
  useEffect(() => {
    void look("");
  }, [look, result]);

  const download = async (file: "accounts.csv" | "contacts.csv") => saveFile(await client.crmTemplate(file), file);

  return (
    <section className={styles.root} aria-labelledby="import-title">
      <Text as="h2" id="import-title" weight="semibold" size={400}>
        Import the built-in CRM
      </Text>
      <Caption1>
        accounts.csv: id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products. contacts.csv:
        email,account_id,first_name,last_name,title,do_not_email. The import replaces the whole built-in CRM, or changes nothing.
      </Caption1>
      <div>
        <Button size="small" onClick={() => void download("accounts.csv")}>
          Download the accounts.csv template
        </Button>{" "}
        <Button size="small" onClick={() => void download("contacts.csv")}>
          Download the contacts.csv template
        </Button>
      </div>
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
      <Text as="h2" id="crm-contents-title" weight="semibold" size={400}>
        What the CRM holds now
      </Text>
      {contents && (
        <Text role="status" aria-label="CRM contents">
          {contents.accounts === null
            ? `Checks read ${contents.source}; the service does not count a remote CRM.`
            : `${contents.source}: ${contents.accounts} accounts, ${contents.contacts} contacts, ${contents.doNotEmail} of them do-not-email.`}
        </Text>
      )}
      {contents?.accounts !== null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void look(search);
          }}
        >
          <Field label="Find an account by address, domain or name" validationMessage={searchError}>
            <Input value={search} onChange={(_, data) => setSearch(data.value)} />
          </Field>
          <Button type="submit" size="small">
            Find
          </Button>
        </form>
      )}
      {contents && contents.matches.length > 0 && (
        <Table aria-label="CRM accounts found" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Account</TableHeaderCell>
              <TableHeaderCell>Relationship</TableHeaderCell>
              <TableHeaderCell>Owner</TableHeaderCell>
              <TableHeaderCell>Contacts</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {contents.matches.map((match) => (
              <TableRow key={match.account.id}>
                <TableCell>
                  {match.account.name} ({match.account.domain ?? "no domain"})
                </TableCell>
                <TableCell>{match.account.relationship}</TableCell>
                <TableCell>{match.account.ownerEmail ?? "—"}</TableCell>
                <TableCell>{match.contacts.map((contact) => contact.email + (contact.doNotEmail ? " (do not email)" : "")).join(", ") || "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
