import { Badge, Caption1, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { builtInCrmSource, type RecipientFacts } from "../../shared/contract";
import { cardTerms, formatDate, paneText, relationshipLabels } from "../strings";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground3 },
  // On a line of its own: in the header's action slot a narrow pane cut it to "not".
  badge: { alignSelf: "flex-start", flexShrink: 0, whiteSpace: "nowrap" },
});

/**
 * Who this recipient is, fact by fact, and once, where the facts came from (the CRM, the seller's mailbox). CRM and
 * Graph values are rendered as text.
 */
export function RecipientCard({ facts }: { facts: RecipientFacts }) {
  const styles = useStyles();
  const account = facts.account;
  const contact = facts.contact;
  // The built-in CRM is named in the seller's language; a connector's own name (Dataverse, Salesforce) is a name.
  const crm = facts.crmSource === builtInCrmSource ? paneText.builtInCrm : (facts.crmSource ?? "CRM");
  const history = facts.mailHistory;
  const lastSent = history?.sentToRecipient.length ? [...history.sentToRecipient].sort().at(-1) : undefined;
  const rows: { term: string; value: string }[] = [];
  if (account) {
    rows.push({ term: cardTerms.relationship, value: relationshipLabels[account.relationship] ?? account.relationship });
    rows.push({ term: cardTerms.account, value: account.name });
    const since = formatDate(account.customerSince);
    if (since) rows.push({ term: cardTerms.customerSince, value: since });
    const renewal = formatDate(account.renewalDate);
    if (renewal) rows.push({ term: cardTerms.renewal, value: renewal });
    if (account.ownerEmail) rows.push({ term: cardTerms.owner, value: account.ownerEmail });
    rows.push({ term: cardTerms.openCases, value: String(account.openHighSeverityCases) });
  }
  if (contact?.title) rows.push({ term: cardTerms.title, value: contact.title });
  if (history) {
    rows.push({ term: cardTerms.lastMailSent, value: formatDate(lastSent) ?? paneText.noneFound });
    rows.push({ term: cardTerms.lastReply, value: formatDate(history.lastReceivedFromRecipient) ?? paneText.noneFound });
  }
  const sources = [account || contact ? crm : undefined, history ? paneText.yourMailbox : undefined].filter(Boolean).join(paneText.and);
  const name = facts.displayName ?? contact?.fullName ?? facts.address;
  return (
    <Card aria-label={`Recipient ${name}`}>
      <CardHeader
        header={<Text weight="semibold">{name}</Text>}
        description={<Caption1>{facts.address}</Caption1>}
      />
      {contact?.doNotEmail && (
        <Badge className={styles.badge} color="danger" appearance="filled">
          {paneText.doNotEmail}
        </Badge>
      )}
      {rows.length === 0 ? (
        <Text>{paneText.notInCrm}</Text>
      ) : (
        <>
          <dl className={styles.facts}>
            {rows.map((row) => (
              <div key={row.term} style={{ display: "contents" }}>
                <dt className={styles.term}>{row.term}</dt>
                <dd className={styles.value}>{row.value}</dd>
              </div>
            ))}
          </dl>
          {sources && <Caption1 className={styles.source}>{paneText.from(sources)}</Caption1>}
        </>
      )}
      {facts.lookupFailures.map((failure) => (
        <Caption1 key={failure.source} role="note">
          {failure.source} {paneText.couldNotAsk} {failure.reason}
        </Caption1>
      ))}
    </Card>
  );
}
