import { Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ConsoleClient } from "../consoleClient";
import { changedFields, errorsUnder, fieldLabels, type PolicyDocument } from "../policyModel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Which settings the editor shows: the tenant policy or one team's overrides (keyed by Entra group object ID), with
 * what each team overrides, and adding or removing a team.
 */
export function TeamPicker({ client, document, selected, errors, onSelect, onChange }: {
  client: ConsoleClient;
  document: PolicyDocument;
  selected: string;
  errors: Record<string, string[]>;
  onSelect: (group: string) => void;
  onChange: (document: PolicyDocument) => void;
}) {
  const styles = useStyles();
  const [group, setGroup] = useState("");
  const [name, setName] = useState("");
  const teams = Object.entries(document.teams ?? {});
  const groupProblem = group && !guid.test(group.trim()) ? "An Entra ID group object ID is a GUID, like 3f1c…-…" : group && document.teams?.[group.trim()] ? "This group already has a team." : undefined;

  const [search, setSearch] = useState("");
  const [found, setFound] = useState<{ id: string; name: string; mail: string | null }[]>();
  const [searchProblem, setSearchProblem] = useState<string>();

  const addTeam = (id: string, teamName: string) => {
    onChange({ ...document, teams: { ...document.teams, [id]: teamName ? { name: teamName } : {} } });
    onSelect(id);
  };
  const add = () => {
    addTeam(group.trim(), name.trim());
    setGroup("");
    setName("");
  };
  const find = async () => {
    setSearchProblem(undefined);
    try {
      const answer = await client.searchGroups(search.trim());
      if ("errors" in answer) setSearchProblem(Object.values(answer.errors).flat().join(" "));
      else if (!answer.available) setSearchProblem("There is no directory to search (Microsoft Graph is not configured): type the group's object ID below.");
      else setFound(answer.groups);
    } catch (error) {
      setSearchProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const remove = () => {
    const rest = { ...document.teams };
    delete rest[selected];
    const next: PolicyDocument = { ...document, teams: rest };
    if (Object.keys(rest).length === 0) delete next.teams;
    onChange(next);
    onSelect("");
  };

  return (
    <section className={styles.root} aria-labelledby="teams-title">
      <Text as="h2" id="teams-title" weight="semibold" size={400}>
        Tenant policy and team overrides
      </Text>
      <div className={styles.row}>
        <Field label="Settings for">
          <Select value={selected} onChange={(_, data) => onSelect(data.value)}>
            <option value="">Everyone (tenant policy)</option>
            {teams.map(([id, team]) => (
              <option key={id} value={id}>
                Team {team.name ?? id}
              </option>
            ))}
          </Select>
        </Field>
        {selected && (
          <Button onClick={remove} aria-label={`Remove team ${document.teams?.[selected]?.name ?? selected}`}>
            Remove this team
          </Button>
        )}
      </div>
      {teams.length > 0 && (
        <ul className={styles.list} aria-label="What each team overrides">
          {teams.map(([id, team]) => {
            const overrides = changedFields({}, { ...team, name: undefined } as PolicyDocument).filter((key) => key !== ("name" as never));
            return (
              <li key={id}>
                <Text weight="semibold">{team.name ?? id}</Text>: {overrides.length === 0 ? "inherits everything" : `overrides ${overrides.map((key) => fieldLabels[key]).join(", ")}; inherits the rest`} <Caption1>(group {id})</Caption1>
                {errorsUnder(errors, `teams.${id}`) && <Caption1 block role="alert">{errorsUnder(errors, `teams.${id}`)}</Caption1>}
              </li>
            );
          })}
        </ul>
      )}
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          void find();
        }}
      >
        <Field label="New team: find a group by name" validationMessage={searchProblem}>
          <Input value={search} onChange={(_, data) => setSearch(data.value)} />
        </Field>
        <Button type="submit">Find group</Button>
      </form>
      {found && (
        <ul className={styles.list} aria-label="Groups found">
          {found.length === 0 && <li>No group of that name.</li>}
          {found.map((candidate) => (
            <li key={candidate.id}>
              <Text weight="semibold">{candidate.name}</Text> <Caption1>({candidate.mail ?? "no address"}, object ID {candidate.id})</Caption1>{" "}
              <Button
                size="small"
                disabled={document.teams?.[candidate.id] !== undefined}
                onClick={() => {
                  addTeam(candidate.id, candidate.name);
                  setFound(undefined);
                  setSearch("");
                }}
                aria-label={`Add team ${candidate.name}`}
              >
                {document.teams?.[candidate.id] !== undefined ? "Already a team" : "Add as a team"}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Field label="Or its Entra ID group object ID" validationMessage={groupProblem}>
          <Input value={group} onChange={(_, data) => setGroup(data.value)} />
        </Field>
        <Field label="Team name">
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Button onClick={add} disabled={!group.trim() || groupProblem !== undefined}>
          Add team
        </Button>
      </div>
      <Caption1>A seller in a listed group gets that team's settings (the first listed team if several); everyone else gets the tenant policy.</Caption1>
    </section>
  );
}
