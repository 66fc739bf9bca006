using FluentValidation;
using FluentValidation.Results;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Policies;

/// <summary>
/// Checks a policy document field by field, its teams included; property names in errors are the JSON paths a
/// manager wrote (thresholds.fatigueWindowDays, teams.&lt;group id&gt;.severities.seller-centric).
/// </summary>
public sealed class PolicyDocumentValidator : AbstractValidator<PolicyDocument>
{
    private static readonly PolicyOverridesValidator Overrides = new();

    public PolicyDocumentValidator()
    {
        Include(Overrides);
        RuleFor(document => document.Teams).Custom((teams, context) =>
        {
            foreach (var (group, team) in teams ?? [])
            {
                if (!Guid.TryParse(group, out _))
                    context.AddFailure(new ValidationFailure($"teams.{group}", $"'{group}' is not an Entra ID group object ID (a GUID)."));
                if (team is null)
                    continue;
                if (team.Name is { Length: > 100 })
                    context.AddFailure(new ValidationFailure($"teams.{group}.name", "A team name has at most 100 characters."));
                foreach (var failure in Overrides.Validate(team).Errors)
                    context.AddFailure(new ValidationFailure($"teams.{group}.{failure.PropertyName}", failure.ErrorMessage));
            }
        });
    }
}

/// <summary>The rules for the settings a tenant policy and a team override share.</summary>
public sealed class PolicyOverridesValidator : AbstractValidator<PolicyOverrides>
{
    public const int MaxValueAnswerReasons = 20;
    public const int MaxReasonLength = 200;

    public PolicyOverridesValidator()
    {
        // One failure per bad entry, named by the code the manager wrote (severities.pitch-to-cusomer).
        RuleFor(document => document.Severities)
            .Custom((severities, context) =>
            {
                foreach (var (code, severity) in severities ?? [])
                {
                    var field = $"severities.{code}";
                    if (!FindingCodes.TryParse(code, out _))
                        context.AddFailure(new ValidationFailure(field, $"'{code}' is not a finding code; known codes: {string.Join(", ", FindingCodes.AllNames)}."));
                    if (!Findings.Severities.TryParse(severity, out _))
                        context.AddFailure(new ValidationFailure(field, $"'{severity}' is not a severity; use off, info, warn or block."));
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

        // A hidden character would make an exemption that looks like one address match another, or none.
        RuleForEach(document => document.ExemptDomains)
            .Must(domain => domain is null || AddressProblems.DescribeDomain(domain) is null).OverridePropertyName("exemptDomains")
            .WithMessage((_, domain) => AddressProblems.DescribeDomain(domain!))
            .Must(BeADomainName).OverridePropertyName("exemptDomains")
            .WithMessage((_, domain) => $"'{domain}' is not a domain name like example.com.");
        RuleForEach(document => document.ExemptAddresses)
            .Must(address => address is null || AddressProblems.Describe(address) is null).OverridePropertyName("exemptAddresses")
            .WithMessage((_, address) => AddressProblems.Describe(address!))
            .EmailAddress().OverridePropertyName("exemptAddresses")
            .WithMessage((_, address) => $"'{address}' is not an email address.");

        RuleFor(document => document.ValueAnswerReasons)
            .Must(reasons => reasons!.Count <= MaxValueAnswerReasons)
            .When(document => document.ValueAnswerReasons is not null)
            .OverridePropertyName("valueAnswerReasons")
            .WithMessage($"At most {MaxValueAnswerReasons} reasons.");
        RuleForEach(document => document.ValueAnswerReasons)
            .NotEmpty().MaximumLength(MaxReasonLength).OverridePropertyName("valueAnswerReasons")
            .WithMessage($"Each reason needs text, at most {MaxReasonLength} characters.");

        RuleFor(document => document.FailMode)
            .Must(mode => mode is "open" or "closed")
            .When(document => document.FailMode is not null)
            .OverridePropertyName("failMode")
            .WithMessage((_, mode) => $"'{mode}' is not a fail mode; use open or closed.");
    }

    private static bool BeADomainName(string? domain) =>
        !string.IsNullOrWhiteSpace(domain)
        && Uri.CheckHostName(domain) == UriHostNameType.Dns
        && domain.Contains('.', StringComparison.Ordinal);
}
