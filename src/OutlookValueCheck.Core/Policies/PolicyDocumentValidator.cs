using FluentValidation;
using FluentValidation.Results;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Stored;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Policies;

/// <summary>
/// Checks a policy document field by field, its teams included; property names in errors are the JSON paths a
/// manager wrote (thresholds.fatigueWindowDays, teams.&lt;group id&gt;.severities.seller-centric).
/// </summary>
public sealed class PolicyDocumentValidator : AbstractValidator<PolicyDocument>
{
    /// <summary>Teams one policy may list: each check looks for the seller's groups among them.</summary>
    public const int MaxTeams = 100;

    public const int MaxTeamNameLength = 100;

    private static readonly PolicyOverridesValidator Overrides = new();

    public PolicyDocumentValidator()
    {
        Include(Overrides);
        RuleFor(document => document.Teams)
            .Must(teams => teams!.Count <= MaxTeams)
            .When(document => document.Teams is not null)
            .OverridePropertyName("teams")
            .WithMessage($"At most {MaxTeams} teams.");
        RuleFor(document => document.Teams).Custom((teams, context) =>
        {
            // Past the cap one error says so; an error per team would only make the answer as large as the document.
            if (teams is null || teams.Count > MaxTeams)
                return;
            foreach (var (group, team) in teams)
            {
                var field = $"teams.{group}";
                if (!IsGroupId(group))
                    context.AddFailure(new ValidationFailure(field, $"'{group}' is not an Entra ID group object ID (a GUID)."));
                if (team is null)
                {
                    context.AddFailure(new ValidationFailure(field, "A team is an object of the settings it overrides ({} overrides nothing), not null."));
                    continue;
                }
                if (team.Name is { Length: > MaxTeamNameLength })
                    context.AddFailure(new ValidationFailure($"{field}.name", $"A team name has at most {MaxTeamNameLength} characters."));
                else if (StoredText.HasNul(team.Name))
                    context.AddFailure(new ValidationFailure($"{field}.name", "A team name must not contain a NUL character (U+0000)."));
                foreach (var failure in Overrides.Validate(team).Errors)
                    context.AddFailure(new ValidationFailure($"{field}.{failure.PropertyName}", failure.ErrorMessage));
            }
        });
    }

    /// <summary>
    /// A GUID with nothing around it: Guid.TryParse also accepts surrounding white space, and the key is stored as it
    /// is written with every check that ran under the team (at most <see cref="StoredLengths.TeamGroup"/> characters).
    /// </summary>
    private static bool IsGroupId(string group) =>
        group.Length <= StoredLengths.TeamGroup && group.Trim().Length == group.Length && Guid.TryParse(group, out _);
}

/// <summary>The rules for the settings a tenant policy and a team override share.</summary>
public sealed class PolicyOverridesValidator : AbstractValidator<PolicyOverrides>
{
    public const int MaxValueAnswerReasons = 20;
    public const int MaxReasonLength = 200;

    /// <summary>Exempt domains one policy (or team) may list; a check looks each recipient's domain up among them.</summary>
    public const int MaxExemptDomains = 1_000;

    /// <summary>Exempt addresses one policy (or team) may list.</summary>
    public const int MaxExemptAddresses = 1_000;

    public PolicyOverridesValidator()
    {
        // One failure per bad entry, named by the code the manager wrote (severities.pitch-to-cusomer); more entries
        // than there are codes cannot all be codes, and one failure says so.
        RuleFor(document => document.Severities)
            .Custom((severities, context) =>
            {
                if (severities is null)
                    return;
                if (severities.Count > FindingCodes.All.Count)
                {
                    context.AddFailure(new ValidationFailure("severities", $"At most {FindingCodes.All.Count} entries, one per finding code: {string.Join(", ", FindingCodes.AllNames)}."));
                    return;
                }
                foreach (var (code, severity) in severities)
                {
                    var field = $"severities.{code}";
                    if (!FindingCodes.TryParse(code, out _))
                        context.AddFailure(new ValidationFailure(field, $"'{code}' is not a finding code; known codes: {string.Join(", ", FindingCodes.AllNames)}."));
                    if (!Findings.Severities.TryParse(severity, out _))
                        context.AddFailure(new ValidationFailure(field, $"'{severity}' is not a severity; use off, info, warn or block."));
                }
            });

        // Only codes a judge decides from the text have a sensitivity: do-not-email is a fact, not a reading.
        RuleFor(document => document.Sensitivity)
            .Custom((sensitivities, context) =>
            {
                if (sensitivities is null)
                    return;
                var textCodes = string.Join(", ", Sensitivities.TextCodes.Select(code => code.Name()).Order(StringComparer.Ordinal));
                if (sensitivities.Count > Sensitivities.TextCodes.Count)
                {
                    context.AddFailure(new ValidationFailure("sensitivity", $"At most {Sensitivities.TextCodes.Count} entries, one per text code: {textCodes}."));
                    return;
                }
                foreach (var (code, sensitivity) in sensitivities)
                {
                    var field = $"sensitivity.{code}";
                    if (!FindingCodes.TryParse(code, out var parsed))
                        context.AddFailure(new ValidationFailure(field, $"'{code}' is not a finding code; codes with a sensitivity: {textCodes}."));
                    else if (!Sensitivities.TextCodes.Contains(parsed))
                        context.AddFailure(new ValidationFailure(field, $"'{code}' is decided from facts, not from the text, so it has no sensitivity; codes with one: {textCodes}."));
                    if (!Sensitivities.TryParse(sensitivity, out _))
                        context.AddFailure(new ValidationFailure(field, $"'{sensitivity}' is not a sensitivity; use low, normal or high."));
                }
            });

        When(document => document.Thresholds is not null, () =>
        {
            RuleFor(document => document.Thresholds!.FatigueMessageCount)
                .InclusiveBetween(1, 100).OverridePropertyName("thresholds.fatigueMessageCount")
                .WithMessage("Must be between 1 and 100 messages.");
            RuleFor(document => document.Thresholds!.FatigueWindowDays)
                .InclusiveBetween(1, 365).OverridePropertyName("thresholds.fatigueWindowDays")
                .WithMessage("Must be between 1 and 365 days.");
            RuleFor(document => document.Thresholds!.RenewalWindowDays)
                .InclusiveBetween(0, 730).OverridePropertyName("thresholds.renewalWindowDays")
                .WithMessage("Must be between 0 and 730 days.");
            // The add-in lets mail go after 3 s in all, so a lookup deadline past 2.5 s could never be used.
            RuleFor(document => document.Thresholds!.LookupDeadlineMs)
                .InclusiveBetween(100, 2500).OverridePropertyName("thresholds.lookupDeadlineMs")
                .WithMessage("Must be between 100 and 2500 milliseconds.");
        });

        // Past a list's cap one failure says so, and its entries are not checked one by one.
        RuleFor(document => document.ExemptDomains)
            .Must(domains => domains!.Count <= MaxExemptDomains)
            .When(document => document.ExemptDomains is not null)
            .OverridePropertyName("exemptDomains")
            .WithMessage($"At most {MaxExemptDomains} exempt domains; a parent domain covers its sub-domains.");

        // A hidden character would make an exemption that looks like one address match another, or none.
        RuleForEach(document => document.ExemptDomains)
            .Must(domain => domain is null || AddressProblems.DescribeDomain(domain) is null).OverridePropertyName("exemptDomains")
            .WithMessage((_, domain) => AddressProblems.DescribeDomain(domain!))
            .Must(BeADomainName).OverridePropertyName("exemptDomains")
            .WithMessage((_, domain) => $"'{domain}' is not a domain name like example.com.")
            .When(document => document.ExemptDomains is not { Count: > MaxExemptDomains });
        RuleFor(document => document.ExemptAddresses)
            .Must(addresses => addresses!.Count <= MaxExemptAddresses)
            .When(document => document.ExemptAddresses is not null)
            .OverridePropertyName("exemptAddresses")
            .WithMessage($"At most {MaxExemptAddresses} exempt addresses; exempt a whole domain instead.");
        RuleForEach(document => document.ExemptAddresses)
            .NotEmpty().WithMessage("An exempt address needs text: null and empty are not addresses.")
            .MaximumLength(StoredLengths.EmailAddress).WithMessage((_, address) => $"'{address}' is not an email address (at most {StoredLengths.EmailAddress} characters).")
            .Must(address => string.IsNullOrEmpty(address) || AddressProblems.Describe(address) is null)
            .WithMessage((_, address) => AddressProblems.Describe(address!))
            .EmailAddress().WithMessage((_, address) => $"'{address}' is not an email address.")
            .OverridePropertyName("exemptAddresses")
            .When(document => document.ExemptAddresses is not { Count: > MaxExemptAddresses });

        RuleFor(document => document.ValueAnswerReasons)
            .Must(reasons => reasons!.Count <= MaxValueAnswerReasons)
            .When(document => document.ValueAnswerReasons is not null)
            .OverridePropertyName("valueAnswerReasons")
            .WithMessage($"At most {MaxValueAnswerReasons} reasons.");
        // A reason the seller picks becomes their stored value answer: it must be storable as one.
        RuleForEach(document => document.ValueAnswerReasons)
            .NotEmpty().MaximumLength(MaxReasonLength).WithMessage($"Each reason needs text, at most {MaxReasonLength} characters.")
            .Must(reason => !StoredText.HasNul(reason)).WithMessage("A reason must not contain a NUL character (U+0000).")
            .OverridePropertyName("valueAnswerReasons")
            .When(document => document.ValueAnswerReasons is not { Count: > MaxValueAnswerReasons });

        RuleForEach(document => document.ValueAnswerReasonTranslations).ChildRules(translation =>
            {
                translation.RuleFor(pair => pair.Key)
                    .Must(language => Wording.Wordings.All.Any(wording => wording.Language == language))
                    .WithMessage(pair => $"'{pair.Key}' is not a language the add-in speaks; use {string.Join(", ", Wording.Wordings.All.Select(wording => wording.Language))}.")
                    .OverridePropertyName("language");
                translation.RuleFor(pair => pair.Value)
                    .Must(reasons => reasons is not null && reasons.Count <= MaxValueAnswerReasons)
                    .WithMessage($"At most {MaxValueAnswerReasons} reasons, one per reason in valueAnswerReasons.")
                    .OverridePropertyName("reasons");
                translation.RuleForEach(pair => pair.Value)
                    .Must(reason => reason is null || (reason.Trim().Length > 0 && reason.Length <= MaxReasonLength && !StoredText.HasNul(reason)))
                    .WithMessage($"Each translation needs text (or null to fall back to the reason as written), at most {MaxReasonLength} characters, no NUL.")
                    .OverridePropertyName("reasons")
                    .When(pair => pair.Value is { Count: <= MaxValueAnswerReasons });
            })
            .OverridePropertyName("valueAnswerReasonTranslations");

        RuleFor(document => document.FailMode)
            .Must(mode => mode is "open" or "closed")
            .When(document => document.FailMode is not null)
            .OverridePropertyName("failMode")
            .WithMessage((_, mode) => $"'{mode}' is not a fail mode; use open or closed.");
    }

    private static bool BeADomainName(string? domain) =>
        !string.IsNullOrWhiteSpace(domain)
        && domain.Length <= StoredLengths.Domain
        && Uri.CheckHostName(domain) == UriHostNameType.Dns
        && domain.Contains('.', StringComparison.Ordinal);
}
