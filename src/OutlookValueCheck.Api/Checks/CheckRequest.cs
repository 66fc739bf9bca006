using OutlookValueCheck.Core.Drafts;

namespace OutlookValueCheck.Api.Checks;

/// <summary>The body of POST /api/v1/checks (design.md, "Service API").</summary>
internal sealed record CheckRequest
{
    public string? Sender { get; init; }
    public List<string>? To { get; init; }
    public List<string>? Cc { get; init; }
    public List<string>? Bcc { get; init; }
    public string? Subject { get; init; }
    public string? Body { get; init; }
    public string? BodyFormat { get; init; }
    public string? DraftKey { get; init; }
    public string? ValueAnswer { get; init; }

    /// <summary>
    /// The seller's display language as Office names it (Office.context.displayLanguage, "de-AT"): the findings and
    /// the value question are said in it when the check speaks it (English, German, French, Spanish), else in English.
    /// </summary>
    public string? DisplayLanguage { get; init; }

    public IEnumerable<string> AllRecipients => (To ?? []).Concat(Cc ?? []).Concat(Bcc ?? []);

    /// <summary>
    /// The draft the engine checks, from <paramref name="sender"/>'s mailbox and written by <paramref name="author"/>
    /// (the signed-in seller): addresses trimmed, an HTML body marked as such, judged as of <paramref name="asOf"/>.
    /// </summary>
    public Draft ToDraft(string? sender, string? author, DateTimeOffset asOf) => new()
    {
        Sender = sender,
        Author = author,
        To = Trimmed(To),
        Cc = Trimmed(Cc),
        Bcc = Trimmed(Bcc),
        Subject = Subject ?? "",
        Body = Body ?? "",
        BodyFormat = BodyFormat == "html" ? Core.Drafts.BodyFormat.Html : Core.Drafts.BodyFormat.Text,
        AsOf = asOf,
        ValueAnswer = ValueAnswer,
    };

    private static List<string> Trimmed(List<string>? addresses) => (addresses ?? []).Select(address => address.Trim()).ToList();
}
