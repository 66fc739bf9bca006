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
import { common, formatDateTime, history } from "../strings";

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
        setMessage({ intent: "success", text: history.inForceAgain(version, result.version.version) });
        onRolledBack(result.version);
      } else setMessage({ intent: "warning", text: result.message });
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  };

  if (!versions) return <Spinner label={history.loading} />;
  return (
    <section className={styles.root} aria-labelledby="history-title">
      <Text as="h2" id="history-title" weight="semibold" size={400}>
        {history.title}
      </Text>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {versions.length <= 1 && <Text>{history.onlyDefaults}</Text>}
      {versions.length > 1 && (
        <Table aria-label={history.versions} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{history.version}</TableHeaderCell>
              <TableHeaderCell>{history.savedBy}</TableHeaderCell>
              <TableHeaderCell>{history.when}</TableHeaderCell>
              <TableHeaderCell>{history.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.map((version) => (
              <TableRow key={version.version}>
                <TableCell>
                  {version.version}
                  {version.version === 0 ? <Caption1>{history.builtInDefaults}</Caption1> : null}
                  {version.rolledBackFrom !== null ? <Caption1>{history.rollbackTo(version.rolledBackFrom)}</Caption1> : null}
                  {version.version === current.version ? <Caption1>{history.inForce}</Caption1> : null}
                </TableCell>
                <TableCell>{version.version === 0 ? common.noValue : version.changedBy}</TableCell>
                <TableCell>{version.version === 0 ? common.noValue : formatDateTime(version.changedAt)}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => void show(version.version)} aria-label={history.changesIn(version.version)}>
                    {history.changes}
                  </Button>{" "}
                  {version.version !== current.version && (
                    <Button size="small" onClick={() => void askToRollBack(version.version)} aria-label={history.rollBackTo(version.version)}>
                      {history.rollBack}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog modalType="alert" open={confirming !== undefined} onOpenChange={(_, data) => !data.open && setConfirming(undefined)}>
        <DialogSurface aria-label={history.confirm}>
          <DialogBody>
            <DialogTitle>{history.rollBackQuestion(confirming ? history.versionInSentence(confirming.version) : "")}</DialogTitle>
            <DialogContent>
              {confirming && confirming.changes.length === 0 ? (
                <Text block>{history.nothingToRollBack(current.version)}</Text>
              ) : (
                confirming && (
                  <>
                    <Text block>{history.againstInForce(current.version)}</Text>
                    <ChangeList changes={confirming.changes} label={history.rollbackChanges} />
                    <Text block weight="semibold">
                      {history.affects(whoIsAffected(confirming.changes))}
                    </Text>
                  </>
                )
              )}
            </DialogContent>
            <DialogActions>
              {confirming && confirming.changes.length > 0 && (
                <Button appearance="primary" disabled={busy} onClick={() => void rollback(confirming.version)}>
                  {history.rollBack}
                </Button>
              )}
              <Button onClick={() => setConfirming(undefined)}>{confirming && confirming.changes.length === 0 ? history.close : history.keep}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {open && (
        <div role="region" aria-label={history.changesIn(open.version)}>
          <Text weight="semibold">{history.versionChanged(open.version)}</Text>
          {open.changes.length === 0 ? (
            <Text block>{history.noChanges}</Text>
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
