import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { ServiceError } from "../shared/serviceClient";
import { CrmImportPanel } from "./components/CrmImportPanel";
import { HistoryPanel } from "./components/HistoryPanel";
import { PolicyEditor } from "./components/PolicyEditor";
import { PreviewPanel } from "./components/PreviewPanel";
import { ReportsPanel } from "./components/ReportsPanel";
import { TeamPicker } from "./components/TeamPicker";
import type { ConsoleClient } from "./consoleClient";
import { changedFields, fieldLabels, reapply, type PolicyDocument, type PolicyVersion } from "./policyModel";
import { app, common, policy } from "./strings";

const useStyles = makeStyles({
  root: { maxWidth: "1200px", margin: "0 auto", padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap", position: "sticky", top: 0, zIndex: 1, padding: `${tokens.spacingVerticalS} 0`, backgroundColor: tokens.colorNeutralBackground1 },
  layout: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(340px, 1fr))", gap: tokens.spacingHorizontalXXL, alignItems: "start" },
});

/** The app role a manager needs (its value in the app registration, shown as is). */
const managerRole = "ValueCheck.PolicyManager";

type Load = { state: "loading" } | { state: "needsRole"; message: string } | { state: "failed"; message: string } | { state: "ready" };

interface Conflict {
  message: string;
  latest: PolicyVersion;
  theirs: (keyof PolicyDocument)[];
}

/** The manager console: the tenant policy, edited with a preview, saved with optimistic concurrency. */
export function ConsoleApp({ client }: { client: ConsoleClient }) {
  const styles = useStyles();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [saved, setSaved] = useState<PolicyVersion>();
  const [document, setDocument] = useState<PolicyDocument>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<Conflict>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<"policy" | "history" | "reports" | "import">("policy");
  const [team, setTeam] = useState("");
  // A code to bring into view once the policy tab shows (the reports' "Adjust" on a warning sellers go past).
  const [focusCode, setFocusCode] = useState<string>();
  const dirty = saved !== undefined && changedFields(saved.document, document).length > 0;

  const reload = useCallback(async () => {
    setLoad({ state: "loading" });
    try {
      const current = await client.currentPolicy();
      setSaved(current);
      setDocument(current.document);
      setErrors({});
      setLoad({ state: "ready" });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setLoad(error instanceof ServiceError && error.status === 403 ? { state: "needsRole", message } : { state: "failed", message });
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (tab !== "policy" || !focusCode) return;
    const severity = window.document.querySelector<HTMLElement>(`[aria-label="${policy.severityOf(CSS.escape(focusCode))}"]`);
    severity?.scrollIntoView({ block: "center" });
    severity?.focus();
    setFocusCode(undefined);
  }, [tab, focusCode]);

  // Leaving with unsaved changes asks first (the browser shows its own wording).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const save = async () => {
    if (!saved) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await client.savePolicy(document, saved.version);
      if (result.kind === "saved") {
        setSaved(result.version);
        setDocument(result.version.document);
        setErrors({});
        setConflict(undefined);
        setNotice(app.saved(result.version.version));
      } else if (result.kind === "invalid") setErrors(result.errors);
      else {
        const latest = await client.currentPolicy();
        setConflict({ message: result.message, latest, theirs: changedFields(saved.document, latest.document) });
      }
    } catch (error) {
      setNotice(app.notSaved(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  const reapplyMine = () => {
    if (!saved || !conflict) return;
    setDocument(reapply(saved.document, document, conflict.latest.document));
    setSaved(conflict.latest);
    setConflict(undefined);
    setNotice(app.reapplied(conflict.latest.version));
  };

  if (load.state === "loading") return <Spinner label={app.loading} />;
  if (load.state === "needsRole")
    return (
      <main className={styles.root}>
        <Title2 as="h1">{common.productName}</Title2>
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{app.needsRoleTitle}</MessageBarTitle>
            {app.needsRoleBefore}
            <b>{managerRole}</b>
            {app.needsRoleAfter}
          </MessageBarBody>
        </MessageBar>
      </main>
    );
  if (load.state === "failed")
    return (
      <main className={styles.root}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{app.loadFailedTitle}</MessageBarTitle>
            {load.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void reload()}>{common.tryAgain}</Button>
          </MessageBarActions>
        </MessageBar>
      </main>
    );

  return (
    <main className={styles.root}>
      <Title2 as="h1">{common.productName}</Title2>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as typeof tab)} aria-label={app.sections}>
        <Tab value="policy">
          {app.tabPolicy}
          {dirty ? app.tabUnsaved : ""}
        </Tab>
        <Tab value="history">{app.tabHistory}</Tab>
        <Tab value="reports">{app.tabReports}</Tab>
        <Tab value="import">{app.tabImport}</Tab>
      </TabList>
      {tab === "history" && saved && (
        dirty ? (
          <MessageBar intent="warning">
            <MessageBarBody>{app.unsavedBeforeRollback}</MessageBarBody>
          </MessageBar>
        ) : (
          <HistoryPanel
            client={client}
            current={saved}
            onRolledBack={(version) => {
              setSaved(version);
              setDocument(version.document);
            }}
          />
        )
      )}
      {tab === "import" && <CrmImportPanel client={client} />}
      {tab === "reports" && saved && (
        <ReportsPanel
          client={client}
          policy={saved.document}
          onAdjust={(code) => {
            setTab("policy");
            setFocusCode(code);
          }}
        />
      )}
      {tab === "policy" && (
        <>
      <div className={styles.bar} role="toolbar" aria-label={app.actions}>
        <Button appearance="primary" onClick={() => void save()} disabled={!dirty || busy}>
          {app.save}
        </Button>
        <Button onClick={() => saved && (setDocument(saved.document), setErrors({}))} disabled={!dirty || busy}>
          {app.discard}
        </Button>
        <Text role="status">
          {saved ? app.versionStatus(saved.version, saved.changedBy) : ""}
          {dirty ? app.unsavedStatus : ""}
        </Text>
      </div>
      {Object.keys(errors).length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{app.invalid}</MessageBarBody>
        </MessageBar>
      )}
      {conflict && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{app.conflictTitle}</MessageBarTitle>
            {conflict.message}{" "}
            {app.conflictChanges(
              conflict.theirs.map((key) => fieldLabels[key]),
              saved ? changedFields(saved.document, document).map((key) => fieldLabels[key]) : [],
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={reapplyMine}>{app.reapply}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.layout}>
        <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL }}>
          <TeamPicker client={client} document={document} selected={team} errors={errors} onSelect={setTeam} onChange={setDocument} />
          {team && document.teams?.[team] ? (
            <PolicyEditor
              key={team}
              document={document.teams[team]}
              inherits={document}
              errorPrefix={`teams.${team}.`}
              errors={errors}
              onChange={(overrides) => setDocument({ ...document, teams: { ...document.teams, [team]: { ...overrides, name: document.teams?.[team]?.name } } })}
            />
          ) : (
            <PolicyEditor document={document} errors={errors} onChange={(tenant) => setDocument({ ...tenant, teams: document.teams })} />
          )}
        </div>
        <PreviewPanel client={client} document={document} team={team && document.teams?.[team] ? team : undefined} />
      </div>
        </>
      )}
    </main>
  );
}
