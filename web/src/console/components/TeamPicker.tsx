import { Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ConsoleClient } from "../consoleClient";
import { changedFields, errorsUnder, fieldLabels, type PolicyDocument } from "../policyModel";
import { teams as words } from "../strings";

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
  const groupProblem = group && !guid.test(group.trim()) ? words.notAGuid : group && document.teams?.[group.trim()] ? words.alreadyATeam : undefined;

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
      else if (!answer.available) setSearchProblem(words.noDirectory);
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
        {words.title}
      </Text>
      <div className={styles.row}>
        <Field label={words.settingsFor}>
          <Select value={selected} onChange={(_, data) => onSelect(data.value)}>
            <option value="">{words.everyone}</option>
            {teams.map(([id, team]) => (
              <option key={id} value={id}>
                {words.team(team.name ?? id)}
              </option>
            ))}
          </Select>
        </Field>
        {selected && (
          <Button onClick={remove} aria-label={words.remove(document.teams?.[selected]?.name ?? selected)}>
            {words.removeThis}
          </Button>
        )}
      </div>
      {teams.length > 0 && (
        <ul className={styles.list} aria-label={words.overridesList}>
          {teams.map(([id, team]) => {
            const overrides = changedFields({}, { ...team, name: undefined } as PolicyDocument).filter((key) => key !== ("name" as never));
            return (
              <li key={id}>
                <Text weight="semibold">{team.name ?? id}</Text>: {words.overrides(overrides.map((key) => fieldLabels[key]))} <Caption1>{words.group(id)}</Caption1>
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
        <Field label={words.search} validationMessage={searchProblem}>
          <Input value={search} onChange={(_, data) => setSearch(data.value)} />
        </Field>
        <Button type="submit">{words.find}</Button>
      </form>
      {found && (
        <ul className={styles.list} aria-label={words.found}>
          {found.length === 0 && <li>{words.noneFound}</li>}
          {found.map((candidate) => (
            <li key={candidate.id}>
              <Text weight="semibold">{candidate.name}</Text> <Caption1>{words.candidate(candidate.mail, candidate.id)}</Caption1>{" "}
              <Button
                size="small"
                disabled={document.teams?.[candidate.id] !== undefined}
                onClick={() => {
                  addTeam(candidate.id, candidate.name);
                  setFound(undefined);
                  setSearch("");
                }}
                aria-label={words.add(candidate.name)}
              >
                {document.teams?.[candidate.id] !== undefined ? words.alreadyAdded : words.addAsTeam}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Field label={words.groupId} validationMessage={groupProblem}>
          <Input value={group} onChange={(_, data) => setGroup(data.value)} />
        </Field>
        <Field label={words.name}>
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <Button onClick={add} disabled={!group.trim() || groupProblem !== undefined}>
          {words.addTeam}
        </Button>
      </div>
      <Caption1>{words.precedence}</Caption1>
    </section>
  );
}
