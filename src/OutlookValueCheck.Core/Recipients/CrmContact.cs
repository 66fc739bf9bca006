namespace OutlookValueCheck.Core.Recipients;

/// <summary>A person in the CRM. <see cref="Email"/> is in its normal spelling (<see cref="EmailAddresses.Normalise"/>).</summary>
public sealed record CrmContact
{
    public required string Email { get; init; }
    public string? AccountId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Title { get; init; }
    public bool DoNotEmail { get; init; }

    /// <summary>First and last name, either alone when the other is blank; null when both are.</summary>
    public string? FullName => (string.IsNullOrWhiteSpace(FirstName), string.IsNullOrWhiteSpace(LastName)) switch
    {
        (false, false) => $"{FirstName} {LastName}",
        (false, true) => FirstName,
        (true, false) => LastName,
        _ => null,
    };
}
