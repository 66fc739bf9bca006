import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
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
import type { ConsoleClient, VersionSummary } from "../consoleClient";
import { diffPolicies, whoIsAffected, type PolicyChange } from "../policyDiff";
import type { PolicyVersion } from "../policyModel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  diff: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  before: { textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1 },
  after: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Every saved version, who saved it and when, what it changed, and rollback to any of them. */
export function HistoryPanel({ client, current, onRolledBack }: { client: ConsoleClient; current: PolicyVersion; onRolledBack: (version: PolicyVersion) => void }) {
  const styles = useStyles();
  const [versions, setVersions] = useState<VersionSummary[]>();
  const [open, setOpen] = useState<{ version: number; changes: PolicyChange[] }>();
  const [message, setMessage] = useState<{ intent: "success" | "error" | "warning"; text: string }>();
  // The rollback the manager is asked to confirm: what it would change against the policy in force, and for whom.
  const [confirming, setConfirming] = useState<{ version: number; changes: PolicyChange[] }>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => setVersions(await client.history()), [client]);
  useEffect(() => {
    void load();
  }, [load, current.version]);

  const show = async (version: number) => {
    const [after, before] = await Promise.all([client.version(version), version > 0 ? client.version(version - 1) : Promise.resolve(undefined)]);
    setOpen({ version, changes: diffPolicies(before?.document ?? {}, after.document) });
  };

  const askToRollBack = async (version: number) => {
    setMessage(undefined);
    const target = await client.version(version);
    setConfirming({ version, changes: diffPolicies(current.document, target.document) });
  };

  const rollback = async (version: number) => {
    if (busy) return; // a second click while the first is on its way adds no second version
    setBusy(true);
    try {
      const result = await client.rollback(version, current.version);
      if (result.kind === "saved") {
        setMessage({ intent: "success", text: `${nameOf(version)} ${version === 0 ? "are" : "is"} in force again, saved as version ${result.version.version}.` });
        onRolledBack(result.version);
      } else setMessage({ intent: "warning", text: result.message });
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  };

  if (!versions) return <Spinner label="Loading the history…" />;
  return (
    <section className={styles.root} aria-labelledby="history-title">
      <Text as="h2" id="history-title" weight="semibold" size={400}>
        History
      </Text>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {versions.length <= 1 && <Text>No version saved yet: the built-in defaults (version 0) are in force.</Text>}
      {versions.length > 1 && (
        <Table aria-label="Policy versions" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Version</TableHeaderCell>
              <TableHeaderCell>Saved by</TableHeaderCell>
              <TableHeaderCell>When</TableHeaderCell>
              <TableHeaderCell>Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.map((version) => (
              <TableRow key={version.version}>
                <TableCell>
                  {version.version}
                  {version.version === 0 ? <Caption1> (built-in defaults)</Caption1> : null}
                  {version.rolledBackFrom !== null ? <Caption1> (rollback to {version.rolledBackFrom})</Caption1> : null}
                  {version.version === current.version ? <Caption1> (in force)</Caption1> : null}
                </TableCell>
                <TableCell>{version.version === 0 ? "—" : version.changedBy}</TableCell>
                <TableCell>{version.version === 0 ? "—" : new Date(version.changedAt).toLocaleString()}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => void show(version.version)} aria-label={`Changes in version ${version.version}`}>
                    Changes
                  </Button>{" "}
                  {version.version !== current.version && (
                    <Button size="small" onClick={() => void askToRollBack(version.version)} aria-label={`Roll back to version ${version.version}`}>
                      Roll back
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog modalType="alert" open={confirming !== undefined} onOpenChange={(_, data) => !data.open && setConfirming(undefined)}>
        <DialogSurface aria-label="Confirm the rollback">
          <DialogBody>
            <DialogTitle>Roll back to {confirming ? nameOf(confirming.version).toLowerCase() : ""}?</DialogTitle>
            <DialogContent>
              {confirming && confirming.changes.length === 0 ? (
                <Text block>It is the same policy as the one in force (version {current.version}): there is nothing to roll back.</Text>
              ) : (
                confirming && (
                  <>
                    <Text block>Against the policy in force (version {current.version}), this changes:</Text>
                    <ChangeList changes={confirming.changes} label="What the rollback changes" />
                    <Text block weight="semibold">
                      It affects {whoIsAffected(confirming.changes)}.
                    </Text>
                  </>
                )
              )}
            </DialogContent>
            <DialogActions>
              {confirming && confirming.changes.length > 0 && (
                <Button appearance="primary" disabled={busy} onClick={() => void rollback(confirming.version)}>
                  Roll back
                </Button>
              )}
              <Button onClick={() => setConfirming(undefined)}>{confirming && confirming.changes.length === 0 ? "Close" : "Keep the policy in force"}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {open && (
        <div role="region" aria-label={`Changes in version ${open.version}`}>
          <Text weight="semibold">Version {open.version} changed:</Text>
          {open.changes.length === 0 ? (
            <Text block>Nothing (saved without changes).</Text>
          ) : (
            <ChangeList changes={open.changes} />
          )}
        </div>
      )}
    </section>
  );
}

/** A diff between two versions, one line per change: what, before struck through, after in bold. */
function ChangeList({ changes, label }: { changes: PolicyChange[]; label?: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.diff} aria-label={label}>
      {changes.map((change) => (
        <li key={change.what}>
          {change.what}: <span className={styles.before}>{change.before}</span> → <span className={styles.after}>{change.after}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Version 3", or what version 0 is. */
function nameOf(version: number): string {
  return version === 0 ? "The built-in defaults" : `Version ${version}`;
}
