using System.Globalization;

namespace OutlookValueCheck.Core.Wording;

/// <summary>French, addressing the seller with "vous".</summary>
internal sealed class FrenchWording : FindingWording
{
    public override string Language => "fr";

    // French typography puts a no-break space inside guillemets.
    public override string Quote(string words) => $"«\u00a0{words}\u00a0»";

    public override string PitchToCustomer(string account, DateOnly? customerSince, bool sure, string recipient, string quoteAside)
    {
        var since = customerSince is { } date ? $"est client depuis {Months[date.Month - 1]} {date.Year}" : "est client actuellement";
        var reads = sure ? "nous présente" : "semble nous présenter";
        return $"{account} {since}, mais ce message {reads} à {recipient} comme à un inconnu{quoteAside}.";
    }

    public override string FormerCustomer(string account, DateOnly? customerSince, bool sure, string quoteAside) =>
        $"{account} {FormerHistory(customerSince)}, et ce message {(sure ? "est" : "ressemble à")} une prospection à froid qui ignore cette histoire{quoteAside}.";

    public override string FormerCustomerAboutUs(string account, DateOnly? customerSince, bool sure, string quoteAside) =>
        $"{account} {FormerHistory(customerSince)}, mais ce message {(sure ? "ne parle" : "semble ne parler")} que de nous{quoteAside}, comme une prospection à froid qui ignore cette histoire.";

    /// <summary>The former customer's history, as both former-customer sentences begin.</summary>
    private static string FormerHistory(DateOnly? customerSince) => customerSince is { } date ? $"a été client à partir de {date.Year}" : "a été client";

    public override string CheckIn(bool sure, string quoteAside, string recipient) =>
        $"{(sure ? "Ce message ne fait que relancer" : "Ce message ressemble à une simple relance")}{quoteAside} et n'apporte rien de nouveau à {recipient}\u00a0; dites ce qui a changé ou ce que vous pouvez faire pour eux.";

    public override string SellerCentric(bool sure, string quoteAside, string recipient) =>
        $"Le message {(sure ? "parle" : "semble parler")} de nous et de notre entreprise{quoteAside}, mais rien de la situation de {recipient}.";

    public override string WordBalance(int aboutUs, int aboutThem) => string.Create(CultureInfo.InvariantCulture, $"{aboutUs} sur nous, {aboutThem} sur eux");

    public override string Placeholder(string placeholders) =>
        $"Le champ de modèle {placeholders} est resté dans le message\u00a0; remplacez-le avant l'envoi.";

    public override string RenewalWithoutValue(bool sure, string account, string quoteAside) =>
        $"{(sure ? "Ce message de renouvellement demande" : "Ce message semble être un renouvellement qui demande")} à {account} un prix ou une signature{quoteAside}, sans rien dire de la valeur apportée ni de leurs objectifs.";

    public override string ContactFatigue(string recipient, int unanswered, int windowDays) => string.Create(CultureInfo.InvariantCulture,
        $"Vous avez envoyé {unanswered} messages sans réponse à {recipient} ces {windowDays} derniers jours\u00a0; ce serait le {unanswered + 1}e.");

    public override string AtRiskCases(string account, int openCases) => string.Create(CultureInfo.InvariantCulture,
        $"{account} a {openCases} {(openCases == 1 ? "incident ouvert" : "incidents ouverts")} de gravité élevée\u00a0; une démarche commerciale maintenant risque d'être mal reçue.");

    public override string AtRiskRenewal(string account, int daysToRenewal) => string.Create(CultureInfo.InvariantCulture,
        $"Le contrat de {account} se renouvelle dans {daysToRenewal} jours\u00a0; pousser à dépenser plus maintenant peut mettre le renouvellement en danger.");

    public override string DoNotEmail(string recipient) =>
        $"{recipient} est marqué «\u00a0ne pas contacter par e-mail\u00a0» dans le CRM\u00a0; retirez cette adresse du message.";

    public override string DoNotEmailSubAddress(string address, string baseAddress, string baseName) =>
        $"{address} est une sous-adresse de {baseAddress}, et {baseName} est marqué «\u00a0ne pas contacter par e-mail\u00a0» dans le CRM\u00a0; retirez cette adresse du message.";

    public override string SubAddressOf(string baseAddress) =>
        $"{baseAddress} (une sous-adresse +tag arrive dans la boîte de son adresse de base\u00a0: elle compte donc comme elle, par prudence)";

    public override string OwnedByColleague(string account, string owner) =>
        $"{account} est suivi par {owner}\u00a0; parlez-en avec cette personne avant de proposer une offre ou de pousser un renouvellement.";

    public override string LookupUnavailable(bool crm, bool microsoft365, string address)
    {
        var sources = crm && microsoft365 ? "le CRM et Microsoft 365" : crm ? "le CRM" : "Microsoft 365";
        return $"Nous n'avons pas pu interroger {sources} à temps sur {address}\u00a0; cette vérification s'est faite sans ces informations.";
    }

    public override string TextNotChecked(string? language) => language is not null && LanguageNames.TryGetValue(language, out var name)
        ? $"Le texte de ce message n'a pas été vérifié (il semble être en {name})."
        : "Le texte de ce message n'a pas été vérifié (il semble être dans une langue que la vérification ne lit pas).";

    public override string ValueQuestion => "Est-ce que cela leur apporte quelque chose\u00a0?";

    public override IReadOnlyList<string> DefaultValueReasons { get; } =
    [
        "Il répond à une question qu'ils ont posée",
        "Il apporte une nouvelle qui les concerne",
        "Il donne suite à ce que nous avons convenu",
        "Le responsable du compte m'a demandé de l'envoyer",
    ];

    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly Dictionary<string, string> LanguageNames = new()
    {
        ["en"] = "anglais", ["de"] = "allemand", ["fr"] = "français", ["es"] = "espagnol", ["it"] = "italien",
        ["nl"] = "néerlandais", ["pt"] = "portugais", ["sv"] = "suédois", ["da"] = "danois", ["pl"] = "polonais",
    };
}
