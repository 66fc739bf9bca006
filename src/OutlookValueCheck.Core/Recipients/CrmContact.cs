namespace OutlookValueCheck.Core.Recipients;

/// <summary>A person in the CRM. <see cref="Email"/> is lower case.</summary>
public sealed record CrmContact
{
    public required string Email { get; init; }
    public string? AccountId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Title { get; init; }
    public bool DoNotEmail { get; init; }

    public string? FullName =>
        string.Join(' ', new[] { FirstName, LastName }.Where(part => !string.IsNullOrWhiteSpace(part))) is { Length: > 0 } name
            ? name
            : null;
}
