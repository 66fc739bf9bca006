namespace OutlookValueCheck.Core.Recipients;

/// <summary>Everything known about one recipient when the check runs. Missing facts are null, not guessed.</summary>
public sealed record RecipientFacts
{
    public required string Address { get; init; }

    /// <summary>The address belongs to one of the organisation's own domains: never the target of a finding.</summary>
    public bool IsInternal { get; init; }

    public CrmContact? Contact { get; init; }
    public CrmAccount? Account { get; init; }

    /// <summary>
    /// The CRM contact of this address's base when it is a sub-address (press@… for press+news@…) and that contact is
    /// marked do-not-email: the mail reaches the same mailbox. Null otherwise.
    /// </summary>
    public CrmContact? DoNotEmailBaseContact { get; init; }

    /// <summary>Where the CRM facts came from ("built-in CRM", "Dataverse", ...), shown next to them.</summary>
    public string? CrmSource { get; init; }

    public MailHistory? MailHistory { get; init; }

    /// <summary>The address is in the seller's own Outlook contacts; null when that could not be asked.</summary>
    public bool? InSellerContacts { get; init; }
    public IReadOnlyList<LookupFailure> LookupFailures { get; init; } = [];

    /// <summary>How to name this person in a message: the CRM name, else the address.</summary>
    public string DisplayName => Contact?.FullName ?? Address;
}
