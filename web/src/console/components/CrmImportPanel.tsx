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
import { common, crm } from "../strings";

// The two files an import takes and their columns, as the service expects them (not translated).
const accountsFile = "accounts.csv";
const contactsFile = "contacts.csv";
const accountColumns = "id,name,domain,relationship,customer_since,renewal_date,owner_email,open_high_severity_cases,products";
const contactColumns = "email,account_id,first_name,last_name,title,do_not_email";
/** The service's kind for the built-in CRM (the one it counts), which the console names in its own words. */
const builtInKind = "BuiltIn";

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
  const keep = () => setResult({ kind: "rejected", summary: crm.unchanged, rows: [] });
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
        {crm.title}
      </Text>
      <Caption1>{crm.format(accountColumns, contactColumns)}</Caption1>
      <div>
        <Button size="small" onClick={() => void download(accountsFile)}>
          {crm.downloadTemplate(accountsFile)}
        </Button>{" "}
        <Button size="small" onClick={() => void download(contactsFile)}>
          {crm.downloadTemplate(contactsFile)}
        </Button>
      </div>
      <Field label={accountsFile}>
        <input type="file" accept=".csv,text/csv" aria-label={accountsFile} onChange={(event) => setAccounts(event.target.files?.[0])} />
      </Field>
      <Field label={contactsFile}>
        <input type="file" accept=".csv,text/csv" aria-label={contactsFile} onChange={(event) => setContacts(event.target.files?.[0])} />
      </Field>
      <Button appearance="primary" disabled={!accounts || !contacts || busy} onClick={() => void upload()}>
        {crm.import}
      </Button>
      <Dialog modalType="alert" open={result?.kind === "wouldEmpty"} onOpenChange={(_, data) => !data.open && keep()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{crm.emptyTitle}</DialogTitle>
            <DialogContent>{crm.emptyText}</DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={busy} onClick={() => void upload({ replaceWithEmpty: true })}>
                {crm.empty}
              </Button>
              <Button onClick={keep}>{crm.keep}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {result?.kind === "imported" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {result.accounts === 0 && result.contacts === 0 ? crm.emptied : crm.imported(result.accounts, result.contacts)}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "rejected" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{crm.rejected}</MessageBarTitle>
            {result.summary}
            {result.rows.length > 0 && (
              <ul className={styles.errors} aria-label={crm.rowsToFix}>
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
          <MessageBarBody>{crm.notReached(result.message)}</MessageBarBody>
        </MessageBar>
      )}
      <Text as="h2" id="crm-contents-title" weight="semibold" size={400}>
        {crm.contentsTitle}
      </Text>
      {contents && (
        <Text role="status" aria-label={crm.contents}>
          {contents.accounts === null ? crm.remote(contents.source) : crm.counts(contents.kind === builtInKind ? crm.builtInSource : contents.source, contents.accounts, contents.contacts, contents.doNotEmail)}
        </Text>
      )}
      {contents?.accounts !== null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void look(search);
          }}
        >
          <Field label={crm.search} validationMessage={searchError}>
            <Input value={search} onChange={(_, data) => setSearch(data.value)} />
          </Field>
          <Button type="submit" size="small">
            {crm.find}
          </Button>
        </form>
      )}
      {contents && contents.matches.length > 0 && (
        <Table aria-label={crm.found} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{crm.account}</TableHeaderCell>
              <TableHeaderCell>{crm.relationship}</TableHeaderCell>
              <TableHeaderCell>{crm.owner}</TableHeaderCell>
              <TableHeaderCell>{crm.contacts}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {contents.matches.map((match) => (
              <TableRow key={match.account.id}>
                <TableCell>{crm.accountName(match.account.name, match.account.domain)}</TableCell>
                <TableCell>{match.account.relationship}</TableCell>
                <TableCell>{match.account.ownerEmail ?? common.noValue}</TableCell>
                <TableCell>{match.contacts.map((contact) => crm.contact(contact.email, contact.doNotEmail)).join(", ") || common.noValue}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
