import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ConsoleClient, VersionSummary } from "../consoleClient";
import { diffPolicies, type PolicyChange } from "../policyDiff";
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

  const load = useCallback(async () => setVersions(await client.history()), [client]);
  useEffect(() => {
    void load();
  }, [load, current.version]);

  const show = async (version: number) => {
    const [after, before] = await Promise.all([client.version(version), version > 1 ? client.version(version - 1) : Promise.resolve(undefined)]);
    setOpen({ version, changes: diffPolicies(before?.document ?? {}, after.document) });
  };

  const rollback = async (version: number) => {
    const result = await client.rollback(version, current.version);
    if (result.kind === "saved") {
      setMessage({ intent: "success", text: `Version ${version} is in force again, saved as version ${result.version.version}.` });
      onRolledBack(result.version);
    } else setMessage({ intent: "warning", text: result.message });
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
      {versions.length === 0 ? (
        <Text>No version saved yet: the defaults are in force.</Text>
      ) : (
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
                  {version.rolledBackFrom !== null ? <Caption1> (rollback to {version.rolledBackFrom})</Caption1> : null}
                  {version.version === current.version ? <Caption1> (in force)</Caption1> : null}
                </TableCell>
                <TableCell>{version.changedBy}</TableCell>
                <TableCell>{new Date(version.changedAt).toLocaleString()}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => void show(version.version)} aria-label={`Changes in version ${version.version}`}>
                    Changes
                  </Button>{" "}
                  {version.version !== current.version && (
                    <Button size="small" onClick={() => void rollback(version.version)} aria-label={`Roll back to version ${version.version}`}>
                      Roll back
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {open && (
        <div role="region" aria-label={`Changes in version ${open.version}`}>
          <Text weight="semibold">Version {open.version} changed:</Text>
          {open.changes.length === 0 ? (
            <Text block>Nothing (saved without changes).</Text>
          ) : (
            <ul className={styles.diff}>
              {open.changes.map((change) => (
                <li key={change.what}>
                  {change.what}: <span className={styles.before}>{change.before}</span> → <span className={styles.after}>{change.after}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
