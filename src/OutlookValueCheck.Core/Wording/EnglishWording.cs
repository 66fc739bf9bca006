using System.Globalization;

namespace OutlookValueCheck.Core.Wording;

internal sealed class EnglishWording : FindingWording
{
    public override string Language => "en";

    public override string Quote(string words) => $"“{words}”";

    public override string PitchToCustomer(string account, DateOnly? customerSince, bool sure, string recipient, string quoteAside)
    {
        var since = customerSince is { } date ? $"has been a customer since {Months[date.Month - 1]} {date.Year}" : "is a current customer";
        var reads = sure ? "introduces us" : "reads like it introduces us";
        return $"{account} {since}, but this mail {reads} to {recipient} as if to a stranger{quoteAside}.";
    }

    public override string FormerCustomer(string account, DateOnly? customerSince, bool sure, string quoteAside) =>
        $"{account} {FormerHistory(customerSince)}, and this {(sure ? "reads as" : "reads like")} a cold pitch that ignores that history{quoteAside}.";

    public override string FormerCustomerAboutUs(string account, DateOnly? customerSince, bool sure, string quoteAside) =>
        $"{account} {FormerHistory(customerSince)}, but this mail {(sure ? "talks" : "reads like it talks")} only about us{quoteAside}, like a cold pitch that ignores that history.";

    /// <summary>The former customer's history, as both former-customer sentences begin.</summary>
    private static string FormerHistory(DateOnly? customerSince) => customerSince is { } date ? $"was our customer from {date.Year}" : "used to be our customer";

    public override string CheckIn(bool sure, string quoteAside, string recipient) =>
        $"{(sure ? "This mail only checks in" : "This reads like a check-in")}{quoteAside} and gives {recipient} nothing new; say what changed or what you can do for them.";

    public override string SellerCentric(bool sure, string quoteAside, string recipient) =>
        $"The mail {(sure ? "talks" : "reads like it talks")} about us and our company{quoteAside} but says nothing about {recipient}'s own situation.";

    public override string WordBalance(int aboutUs, int aboutThem) => string.Create(CultureInfo.InvariantCulture, $"{aboutUs} about us, {aboutThem} about them");

    public override string Placeholder(string placeholders) =>
        $"The template placeholder {placeholders} is still in the mail; replace it before sending.";

    public override string RenewalWithoutValue(bool sure, string account, string quoteAside) =>
        $"{(sure ? "This renewal mail asks" : "This reads like a renewal mail that asks")} {account} for price or signature{quoteAside} but says nothing about the value they got or their goals.";

    public override string ContactFatigue(string recipient, int unanswered, int windowDays) => string.Create(CultureInfo.InvariantCulture,
        $"You have sent {recipient} {unanswered} messages in the last {windowDays} days without a reply; this would be number {unanswered + 1}.");

    public override string AtRiskCases(string account, int openCases) => string.Create(CultureInfo.InvariantCulture,
        $"{account} has {openCases} open high-severity {(openCases == 1 ? "case" : "cases")}; a sales push now may land badly.");

    public override string AtRiskRenewal(string account, int daysToRenewal) => string.Create(CultureInfo.InvariantCulture,
        $"{account} renews in {daysToRenewal} days; pushing more spend now may put the renewal at risk.");

    public override string DoNotEmail(string recipient) =>
        $"{recipient} is marked do-not-email in the CRM; remove them from this mail.";

    public override string DoNotEmailSubAddress(string address, string baseAddress, string baseName) =>
        $"{address} is a sub-address of {baseAddress}, and {baseName} is marked do-not-email in the CRM; remove them from this mail.";

    public override string SubAddressOf(string baseAddress) =>
        $"{baseAddress} (a +tag sub-address is delivered to its base mailbox, so it is matched to the base for do-not-email: blocking is the safe side)";

    public override string OwnedByColleague(string account, string owner) =>
        $"{account} is owned by {owner}; ask them before you pitch or push a renewal.";

    public override string LookupUnavailable(bool crm, bool microsoft365, string address)
    {
        var sources = crm && microsoft365 ? "the CRM and Microsoft 365" : crm ? "the CRM" : "Microsoft 365";
        return $"We could not ask {sources} about {address} in time, so this check ran without that information.";
    }

    public override string TextNotChecked(string? language) =>
        $"The text of this mail was not checked (it looks {(language is not null && LanguageNames.TryGetValue(language, out var name) ? name : "like a language the check does not read")}).";

    public override string ValueQuestion => "Does this add value for them?";

    public override IReadOnlyList<string> DefaultValueReasons { get; } =
    [
        "It answers a question they asked",
        "It brings news that affects them",
        "It follows up on something we agreed",
        "The account owner asked me to send it",
    ];

    // The service runs with invariant globalization (no ICU), so month and language names are its own.
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Dictionary<string, string> LanguageNames = new()
    {
        ["en"] = "English", ["de"] = "German", ["fr"] = "French", ["es"] = "Spanish", ["it"] = "Italian",
        ["nl"] = "Dutch", ["pt"] = "Portuguese", ["sv"] = "Swedish", ["da"] = "Danish", ["pl"] = "Polish",
    };
}
