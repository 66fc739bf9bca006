namespace OutlookValueCheck.Core.Language;

/// <summary>
/// Names the reader needs to tell "about us" from "about them": the seller's organisation (from the sender's
/// domain) and the recipients' account and company names.
/// </summary>
public sealed record ReadingContext(string? SellerOrganisation, IReadOnlyList<string> RecipientOrganisations);
