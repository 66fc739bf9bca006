using System.Globalization;

namespace OutlookValueCheck.Core.Wording;

/// <summary>German, addressing the seller with "Sie" as German business software does.</summary>
internal sealed class GermanWording : FindingWording
{
    public override string Language => "de";

    public override string Quote(string words) => $"„{words}“";

    public override string PitchToCustomer(string account, DateOnly? customerSince, bool sure, string recipient, string quoteAside)
    {
        var since = customerSince is { } date ? $"ist seit {Months[date.Month - 1]} {date.Year} Kunde" : "ist aktuell Kunde";
        var reads = sure ? "stellt uns" : "liest sich, als stelle sie uns";
        return $"{account} {since}, aber diese Mail {reads} {recipient} vor wie jemandem, der uns nicht kennt{quoteAside}.";
    }

    public override string FormerCustomer(string account, DateOnly? customerSince, bool sure, string quoteAside) =>
        $"{account} {FormerHistory(customerSince)}, und dies {(sure ? "ist" : "liest sich wie")} ein Kaltakquise-Pitch, der diese Geschichte übergeht{quoteAside}.";

    public override string FormerCustomerAboutUs(string account, DateOnly? customerSince, bool sure, string quoteAside) =>
        $"{account} {FormerHistory(customerSince)}, aber diese Mail {(sure ? "spricht" : "liest sich, als spräche sie")} nur über uns{quoteAside}, wie ein Kaltakquise-Pitch, der diese Geschichte übergeht.";

    /// <summary>The former customer's history, as both former-customer sentences begin.</summary>
    private static string FormerHistory(DateOnly? customerSince) => customerSince is { } date ? $"war ab {date.Year} unser Kunde" : "war früher unser Kunde";

    public override string CheckIn(bool sure, string quoteAside, string recipient) =>
        $"{(sure ? "Diese Mail meldet sich nur" : "Das liest sich wie ein bloßes Nachfassen")}{quoteAside} und bringt {recipient} nichts Neues; sagen Sie, was sich geändert hat oder was Sie für sie tun können.";

    public override string SellerCentric(bool sure, string quoteAside, string recipient) =>
        $"Die Mail {(sure ? "spricht" : "liest sich, als spräche sie")} über uns und unser Unternehmen{quoteAside}, aber nicht über die Lage von {recipient}.";

    public override string WordBalance(int aboutUs, int aboutThem) => string.Create(CultureInfo.InvariantCulture, $"{aboutUs} über uns, {aboutThem} über sie");

    public override string Placeholder(string placeholders) =>
        $"Der Vorlagen-Platzhalter {placeholders} steht noch in der Mail; ersetzen Sie ihn vor dem Senden.";

    public override string RenewalWithoutValue(bool sure, string account, string quoteAside) =>
        $"{(sure ? "Diese Verlängerungsmail verlangt" : "Das liest sich wie eine Verlängerungsmail, die")} von {account} Preis oder Unterschrift{(sure ? "" : " verlangt")}{quoteAside}, sagt aber nichts über den erreichten Nutzen oder ihre Ziele.";

    public override string ContactFatigue(string recipient, int unanswered, int windowDays) => string.Create(CultureInfo.InvariantCulture,
        $"Sie haben {recipient} in den letzten {windowDays} Tagen {unanswered} Nachrichten ohne Antwort geschickt; dies wäre Nachricht Nummer {unanswered + 1}.");

    public override string AtRiskCases(string account, int openCases) => string.Create(CultureInfo.InvariantCulture,
        $"{account} hat {openCases} {(openCases == 1 ? "offenen Fall" : "offene Fälle")} mit hoher Priorität; ein Verkaufsvorstoß kann jetzt schlecht ankommen.");

    public override string AtRiskRenewal(string account, int daysToRenewal) => string.Create(CultureInfo.InvariantCulture,
        $"Der Vertrag von {account} verlängert sich in {daysToRenewal} Tagen; wer jetzt auf mehr Umsatz drängt, kann die Verlängerung gefährden.");

    public override string DoNotEmail(string recipient) =>
        $"{recipient} ist im CRM als „keine E-Mails“ markiert; nehmen Sie die Adresse aus dieser Mail.";

    public override string DoNotEmailSubAddress(string address, string baseAddress, string baseName) =>
        $"{address} ist eine Unteradresse von {baseAddress}, und {baseName} ist im CRM als „keine E-Mails“ markiert; nehmen Sie die Adresse aus dieser Mail.";

    public override string SubAddressOf(string baseAddress) =>
        $"{baseAddress} (eine +Tag-Unteradresse landet im Postfach ihrer Grundadresse und zählt deshalb wie diese: Sperren ist die sichere Seite)";

    public override string OwnedByColleague(string account, string owner) =>
        $"{account} wird von {owner} betreut; fragen Sie dort nach, bevor Sie etwas anbieten oder auf eine Verlängerung drängen.";

    public override string LookupUnavailable(bool crm, bool microsoft365, string address)
    {
        var sources = crm && microsoft365 ? "das CRM und Microsoft 365" : crm ? "das CRM" : "Microsoft 365";
        return $"Wir konnten {sources} nicht rechtzeitig zu {address} befragen; diese Prüfung lief ohne diese Angaben.";
    }

    public override string TextNotChecked(string? language) => language is not null && LanguageNames.TryGetValue(language, out var name)
        ? $"Der Text dieser Mail wurde nicht geprüft (er scheint {name} zu sein)."
        : "Der Text dieser Mail wurde nicht geprüft (er scheint in einer Sprache zu sein, die die Prüfung nicht liest).";

    public override string ValueQuestion => "Bringt das dem Empfänger etwas?";

    public override IReadOnlyList<string> DefaultValueReasons { get; } =
    [
        "Sie beantwortet eine Frage des Kunden",
        "Sie bringt Neuigkeiten, die den Kunden betreffen",
        "Sie setzt etwas Vereinbartes fort",
        "Die Accountverantwortung hat mich darum gebeten",
    ];

    private static readonly string[] Months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly Dictionary<string, string> LanguageNames = new()
    {
        ["en"] = "Englisch", ["de"] = "Deutsch", ["fr"] = "Französisch", ["es"] = "Spanisch", ["it"] = "Italienisch",
        ["nl"] = "Niederländisch", ["pt"] = "Portugiesisch", ["sv"] = "Schwedisch", ["da"] = "Dänisch", ["pl"] = "Polnisch",
    };
}
