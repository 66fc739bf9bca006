import { Badge, Caption1, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RecipientFacts } from "../../shared/contract";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground3 },
});

const relationshipLabels: Record<string, string> = {
  customer: "Customer",
  prospect: "Prospect",
  "former-customer": "Former customer",
  partner: "Partner",
  competitor: "Competitor",
};

function formatDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}

/** Who this recipient is, fact by fact, each with where it came from. CRM and Graph values are rendered as text. */
export function RecipientCard({ facts }: { facts: RecipientFacts }) {
  const styles = useStyles();
  const account = facts.account;
  const contact = facts.contact;
  const crm = facts.crmSource ?? "CRM";
  const history = facts.mailHistory;
  const lastSent = history?.sentToRecipient.length ? [...history.sentToRecipient].sort().at(-1) : undefined;
  const rows: { term: string; value: string; source: string }[] = [];
  if (account) {
    rows.push({ term: "Relationship", value: relationshipLabels[account.relationship] ?? account.relationship, source: crm });
    rows.push({ term: "Account", value: account.name, source: crm });
    const since = formatDate(account.customerSince);
    if (since) rows.push({ term: "Customer since", value: since, source: crm });
    const renewal = formatDate(account.renewalDate);
    if (renewal) rows.push({ term: "Renewal", value: renewal, source: crm });
    if (account.ownerEmail) rows.push({ term: "Owner", value: account.ownerEmail, source: crm });
    rows.push({ term: "Open high-severity cases", value: String(account.openHighSeverityCases), source: crm });
  }
  if (contact?.title) rows.push({ term: "Title", value: contact.title, source: crm });
  if (history) {
    rows.push({ term: "Last mail sent", value: formatDate(lastSent) ?? "none found", source: "your mailbox" });
    rows.push({ term: "Last reply received", value: formatDate(history.lastReceivedFromRecipient) ?? "none found", source: "your mailbox" });
  }
  const name = facts.displayName ?? contact?.fullName ?? facts.address;
  return (
    <Card aria-label={`Recipient ${name}`}>
      <CardHeader
        header={<Text weight="semibold">{name}</Text>}
        description={<Caption1>{facts.address}</Caption1>}
        action={contact?.doNotEmail ? <Badge color="danger" appearance="filled">Do not email</Badge> : undefined}
      />
      {rows.length === 0 ? (
        <Text>Not in the CRM: no relationship known.</Text>
      ) : (
        <dl className={styles.facts}>
          {rows.map((row) => (
            <div key={row.term} style={{ display: "contents" }}>
              <dt className={styles.term}>{row.term}</dt>
              <dd className={styles.value}>
                {row.value} <Caption1 className={styles.source}>({row.source})</Caption1>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {facts.lookupFailures.map((failure) => (
        <Caption1 key={failure.source} role="note">
          {failure.source} could not be asked: {failure.reason}
        </Caption1>
      ))}
    </Card>
  );
}
