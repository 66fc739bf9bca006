using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Tests.Checks;

/// <summary>Builds a check the way a test reads: who the recipient is, what the mail says, what the policy is.</summary>
internal static class Scenario
{
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public const string Seller = "anna.berg@contoso.com";

    public static CrmAccount Account(Relationship relationship, string name = "Fabrikam", int cases = 0, DateOnly? renewal = null, string owner = Seller) => new()
    {
        Id = name,
        Name = name,
        Domain = name.ToLowerInvariant() + ".com",
        Relationship = relationship,
        CustomerSince = relationship is Relationship.Customer or Relationship.FormerCustomer ? new DateOnly(2021, 4, 12) : null,
        RenewalDate = renewal,
        OwnerEmail = owner,
        OpenHighSeverityCases = cases,
    };

    public static RecipientFacts Recipient(string address, CrmAccount? account = null, bool doNotEmail = false, MailHistory? history = null, bool isInternal = false) => new()
    {
        Address = address,
        IsInternal = isInternal,
        Account = account,
        Contact = account is null && !doNotEmail ? null : new CrmContact { Email = address, AccountId = account?.Id, FirstName = "Pat", LastName = "Lee", DoNotEmail = doNotEmail },
        CrmSource = "built-in CRM",
        MailHistory = history,
    };

    public static CheckResult Check(string body, params RecipientFacts[] recipients) => Check(body, Policy.Default, recipients);

    public static CheckResult Check(string body, Policy policy, params RecipientFacts[] recipients) =>
        Checkers.Lexicon.Check(Draft(body, recipients), recipients, policy);

    public static Draft Draft(string body, params RecipientFacts[] recipients) => new()
    {
        Sender = Seller,
        To = recipients.Select(recipient => recipient.Address).ToList(),
        Subject = "Hello",
        Body = body,
        AsOf = Today,
    };

    public static IReadOnlyList<FindingCode> Codes(this CheckResult result) => result.Findings.Select(finding => finding.Code).Distinct().ToList();

    public const string GenericPitch = """
        Hi Pat,

        My name is Anna and I'm reaching out from Contoso, a leading provider of analytics software.
        We help companies like yours turn data into decisions. Would you have 15 minutes for a quick intro call?

        Anna
        """;
}
