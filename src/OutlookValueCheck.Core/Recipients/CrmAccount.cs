namespace OutlookValueCheck.Core.Recipients;

/// <summary>An organisation in the CRM. <see cref="Domain"/> is in its normal spelling (<see cref="EmailAddresses.NormaliseDomain"/>); sub-domains of it belong to it too.</summary>
public sealed record CrmAccount
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Domain { get; init; }
    public required Relationship Relationship { get; init; }
    public DateOnly? CustomerSince { get; init; }
    public DateOnly? RenewalDate { get; init; }
    public string? OwnerEmail { get; init; }
    public int OpenHighSeverityCases { get; init; }
    public IReadOnlyList<string> Products { get; init; } = [];
}
