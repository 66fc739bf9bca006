namespace OutlookValueCheck.Core.Judgment;

/// <summary>
/// Names the reader needs to tell "about us" from "about them": the seller's organisation (from the writer's and the
/// sender's domains: either name is "us") and the recipients' account and company names.
/// </summary>
public sealed record ReadingContext(IReadOnlyList<string> SellerOrganisations, IReadOnlyList<string> RecipientOrganisations);
