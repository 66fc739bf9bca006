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

    public IEnumerable<string> AllRecipients => (To ?? []).Concat(Cc ?? []).Concat(Bcc ?? []);
}
