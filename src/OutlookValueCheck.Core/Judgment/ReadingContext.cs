namespace OutlookValueCheck.Core.Judgment;

/// <summary>
/// Names the reader needs to tell "about us" from "about them": the seller's organisation (from the writer's and the
/// sender's domains: either name is "us") and the recipients' account and company names; and the language the text
/// was told to be in (ISO 639-1; null when too short to tell), for judges that read some languages in their own way.
/// </summary>
public sealed record ReadingContext(IReadOnlyList<string> SellerOrganisations, IReadOnlyList<string> RecipientOrganisations, string? Language = null);
