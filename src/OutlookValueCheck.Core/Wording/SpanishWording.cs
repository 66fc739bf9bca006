using System.Globalization;

namespace OutlookValueCheck.Core.Wording;

/// <summary>Spanish, addressing the seller with "usted", understood in Spain and Latin America alike.</summary>
internal sealed class SpanishWording : FindingWording
{
    public override string Language => "es";

    public override string Quote(string words) => $"«{words}»";

    public override string PitchToCustomer(string account, DateOnly? customerSince, bool sure, string recipient, string quoteAside)
    {
        var since = customerSince is { } date ? $"es cliente desde {Months[date.Month - 1]} de {date.Year}" : "es cliente actual";
        var reads = sure ? "nos presenta" : "parece presentarnos";
        return $"{account} {since}, pero este correo {reads} a {recipient} como a un desconocido{quoteAside}.";
    }

    public override string FormerCustomer(string account, DateOnly? customerSince, bool sure, string quoteAside) =>
        $"{account} {FormerHistory(customerSince)}, y este correo {(sure ? "es" : "parece")} una prospección en frío que ignora esa historia{quoteAside}.";

    public override string FormerCustomerAboutUs(string account, DateOnly? customerSince, bool sure, string quoteAside) =>
        $"{account} {FormerHistory(customerSince)}, pero este correo {(sure ? "solo habla" : "parece hablar solo")} de nosotros{quoteAside}, como una prospección en frío que ignora esa historia.";

    /// <summary>The former customer's history, as both former-customer sentences begin.</summary>
    private static string FormerHistory(DateOnly? customerSince) => customerSince is { } date ? $"fue cliente nuestro desde {date.Year}" : "fue cliente nuestro";

    public override string CheckIn(bool sure, string quoteAside, string recipient) =>
        $"{(sure ? "Este correo solo hace seguimiento" : "Esto parece un simple seguimiento")}{quoteAside} y no le aporta nada nuevo a {recipient}; diga qué ha cambiado o qué puede hacer por ellos.";

    public override string SellerCentric(bool sure, string quoteAside, string recipient) =>
        $"El correo {(sure ? "habla" : "parece hablar")} de nosotros y de nuestra empresa{quoteAside}, pero no dice nada de la situación de {recipient}.";

    public override string WordBalance(int aboutUs, int aboutThem) => string.Create(CultureInfo.InvariantCulture, $"{aboutUs} sobre nosotros, {aboutThem} sobre ellos");

    public override string Placeholder(string placeholders) =>
        $"El campo de plantilla {placeholders} sigue en el correo; reemplácelo antes de enviar.";

    public override string RenewalWithoutValue(bool sure, string account, string quoteAside) =>
        $"{(sure ? "Este correo de renovación le pide" : "Esto parece un correo de renovación que le pide")} a {account} precio o firma{quoteAside}, pero no dice nada del valor recibido ni de sus objetivos.";

    public override string ContactFatigue(string recipient, int unanswered, int windowDays) => string.Create(CultureInfo.InvariantCulture,
        $"Ha enviado a {recipient} {unanswered} mensajes sin respuesta en los últimos {windowDays} días; este sería el número {unanswered + 1}.");

    public override string AtRiskCases(string account, int openCases) => string.Create(CultureInfo.InvariantCulture,
        $"{account} tiene {openCases} {(openCases == 1 ? "incidencia abierta" : "incidencias abiertas")} de gravedad alta; un empujón comercial ahora puede caer mal.");

    public override string AtRiskRenewal(string account, int daysToRenewal) => string.Create(CultureInfo.InvariantCulture,
        $"El contrato de {account} se renueva en {daysToRenewal} días; presionar ahora para que gaste más puede poner en riesgo la renovación.");

    public override string DoNotEmail(string recipient) =>
        $"{recipient} está marcado como «no enviar correos» en el CRM; quítelo de este correo.";

    public override string DoNotEmailSubAddress(string address, string baseAddress, string baseName) =>
        $"{address} es una subdirección de {baseAddress}, y {baseName} está marcado como «no enviar correos» en el CRM; quítelo de este correo.";

    public override string SubAddressOf(string baseAddress) =>
        $"{baseAddress} (una subdirección +etiqueta llega al buzón de su dirección base, así que cuenta como ella: bloquear es lo seguro)";

    public override string OwnedByColleague(string account, string owner) =>
        $"La cuenta {account} la lleva {owner}; consúltelo antes de ofrecer algo o presionar una renovación.";

    public override string LookupUnavailable(bool crm, bool microsoft365, string address)
    {
        var sources = crm && microsoft365 ? "al CRM y a Microsoft 365" : crm ? "al CRM" : "a Microsoft 365";
        return $"No pudimos consultar {sources} sobre {address} a tiempo; esta revisión se hizo sin esa información.";
    }

    public override string TextNotChecked(string? language) => language is not null && LanguageNames.TryGetValue(language, out var name)
        ? $"El texto de este correo no se revisó (parece estar en {name})."
        : "El texto de este correo no se revisó (parece estar en un idioma que la revisión no lee).";

    public override string ValueQuestion => "¿Esto les aporta algo?";

    public override IReadOnlyList<string> DefaultValueReasons { get; } =
    [
        "Responde a una pregunta que hicieron",
        "Trae una novedad que les afecta",
        "Da seguimiento a algo que acordamos",
        "El responsable de la cuenta me pidió enviarlo",
    ];

    private static readonly string[] Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly Dictionary<string, string> LanguageNames = new()
    {
        ["en"] = "inglés", ["de"] = "alemán", ["fr"] = "francés", ["es"] = "español", ["it"] = "italiano",
        ["nl"] = "neerlandés", ["pt"] = "portugués", ["sv"] = "sueco", ["da"] = "danés", ["pl"] = "polaco",
    };
}
