namespace OutlookValueCheck.Core.Wording;

/// <summary>
/// Every sentence the check says to the seller, in one language: what each finding says, how the seller's own words
/// are quoted, and the note on text not checked. One subclass per language, each overriding every member, so a
/// sentence missing in one language fails the build. Names, addresses and quotes are inserted as given (they are
/// data, rendered as text by every client); dates and numbers in the language's own format.
/// </summary>
public abstract class FindingWording
{
    /// <summary>ISO 639-1 code of the language ("de").</summary>
    public abstract string Language { get; }

    /// <summary>The seller's own words as the language quotes them: “…” (English), „…“ (German), « … » (French).</summary>
    public abstract string Quote(string words);

    public abstract string PitchToCustomer(string account, DateOnly? customerSince, bool sure, string recipient, string quoteAside);

    public abstract string FormerCustomer(string account, DateOnly? customerSince, bool sure, string quoteAside);

    /// <summary>The former-customer finding when the mail reads as only about us, not as a pitch itself.</summary>
    public abstract string FormerCustomerAboutUs(string account, DateOnly? customerSince, bool sure, string quoteAside);

    public abstract string CheckIn(bool sure, string quoteAside, string recipient);

    public abstract string SellerCentric(bool sure, string quoteAside, string recipient);

    /// <summary>The count of words about us against words about them, as the seller-centric evidence shows it.</summary>
    public abstract string WordBalance(int aboutUs, int aboutThem);

    public abstract string Placeholder(string placeholders);

    public abstract string RenewalWithoutValue(bool sure, string account, string quoteAside);

    public abstract string ContactFatigue(string recipient, int unanswered, int windowDays);

    public abstract string AtRiskCases(string account, int openCases);

    public abstract string AtRiskRenewal(string account, int daysToRenewal);

    public abstract string DoNotEmail(string recipient);

    public abstract string DoNotEmailSubAddress(string address, string baseAddress, string baseName);

    /// <summary>Why a +tag sub-address counts as its base for do-not-email, beside the base address.</summary>
    public abstract string SubAddressOf(string baseAddress);

    public abstract string OwnedByColleague(string account, string owner);

    /// <param name="crm">The CRM could not be asked.</param>
    /// <param name="microsoft365">Microsoft 365 (Graph) could not be asked.</param>
    public abstract string LookupUnavailable(bool crm, bool microsoft365, string address);

    /// <summary>The note on a mail whose text was not judged; <paramref name="language"/> is its ISO code, null when too short to tell.</summary>
    public abstract string TextNotChecked(string? language);

    /// <summary>"Does this add value for them?"</summary>
    public abstract string ValueQuestion { get; }

    /// <summary>The reasons sellers pick from when the policy names none.</summary>
    public abstract IReadOnlyList<string> DefaultValueReasons { get; }

    /// <summary>The quote in parentheses after a space, or nothing without words.</summary>
    public string QuoteAside(string words) => words.Length == 0 ? "" : $" ({Quote(words)})";
}
