namespace OutlookValueCheck.Core.Stored;

/// <summary>
/// The most characters each stored text field holds: the one list of them. The service's database columns are
/// declared with these (Api/Storage/ValueCheckDbContext.cs) and every validator that lets a value through to storage
/// checks it against them (the CRM import, the policy validator, the decision and policy endpoints), so a value that
/// passed validation always fits its column on SQLite (which does not enforce lengths) and PostgreSQL (which does).
/// They live in Core because the CRM import and the policy validator are here and cannot see the service's storage.
/// Fields whose column is plain text (names, titles, products) are held to <see cref="CrmText"/> anyway: longer
/// than any real value, and a cap on what one request makes the service keep.
/// </summary>
public static class StoredLengths
{
    /// <summary>An Entra ID tenant ID (a GUID) with room to spare.</summary>
    public const int TenantId = 64;

    /// <summary>An account's id in the built-in CRM, and a contact's account_id that refers to it.</summary>
    public const int CrmId = 128;

    /// <summary>A DNS name: at most 253 characters (RFC 1035, without the trailing dot).</summary>
    public const int Domain = 253;

    /// <summary>An email address: a 64-character local part, '@' and a 255-character domain (RFC 5321).</summary>
    public const int EmailAddress = 320;

    /// <summary>Any other CRM text: a name, a title, a product list.</summary>
    public const int CrmText = 1000;

    /// <summary>A policy team's key (an Entra ID group object ID), stored with each check that ran under the team.</summary>
    public const int TeamGroup = 64;

    /// <summary>What the seller did after a check (sentAnyway, edited, cancelled, answered).</summary>
    public const int Outcome = 32;

    /// <summary>A language's ISO 639-1 code ("de"), with room for a region ("pt-BR").</summary>
    public const int LanguageCode = 16;

    /// <summary>Which address-hash key a decision's hashes were made with (its fingerprint), so a rotation shows.</summary>
    public const int HashKeyId = 16;

    /// <summary>A keyed hash of a draft's key (HMAC-SHA256 in hex), which ties the checks of one draft together.</summary>
    public const int DraftKeyHash = 64;

    /// <summary>The seller's answer to "Does this add value for them?".</summary>
    public const int ValueAnswer = 1000;

    /// <summary>Who saved a policy version: the manager's sign-in name, an email address.</summary>
    public const int PolicyAuthor = EmailAddress;
}
