using System.Text.Json;
using System.Text.Json.Serialization;
using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Policies;

/// <summary>Turns a policy document (JSON text) into a <see cref="Policy"/>, or into every error it has.</summary>
public static class PolicyParser
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        // A misspelt field would otherwise be ignored silently and the manager would never know.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    private static readonly PolicyDocumentValidator Validator = new();

    /// <summary>The tenant-level policy of a document (no team applied).</summary>
    public static PolicyParseResult Parse(string json) => Parse(json, []);

    /// <summary>The policy for a seller in <paramref name="groups"/> (Entra ID group object IDs): the first listed team they belong to applies.</summary>
    public static PolicyParseResult Parse(string json, IReadOnlyCollection<string> groups)
    {
        var compiled = Compile(json);
        return compiled.Set is null ? new PolicyParseResult(null, compiled.Errors) : new PolicyParseResult(compiled.Set.For(groups), []);
    }

    /// <summary>Parses, validates and resolves a document once, for every team: the service keeps the result per version.</summary>
    public static (PolicySet? Set, IReadOnlyList<PolicyError> Errors) Compile(string json)
    {
        PolicyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PolicyDocument>(json, JsonOptions);
        }
        catch (JsonException exception)
        {
            return (null, [DescribeJsonError(exception)]);
        }
        if (document is null)
            return (null, [new PolicyError("$", "The policy must be a JSON object, not null.")]);
        var validation = Validator.Validate(document);
        if (!validation.IsValid)
            return (null, validation.Errors.Select(error => new PolicyError(error.PropertyName, error.ErrorMessage)).ToList());
        var tenant = Apply(Policy.Default, document);
        var teams = (document.Teams ?? []).Select(team => new PolicySet.Team(team.Key, team.Value.Name, Apply(tenant, team.Value))).ToList();
        return (new PolicySet(tenant, teams), []);
    }

    /// <summary>The settings <paramref name="overrides"/> names replace those of <paramref name="inherited"/>; the rest is inherited.</summary>
    private static Policy Apply(Policy inherited, PolicyOverrides overrides)
    {
        var severities = new Dictionary<FindingCode, Severity>(inherited.Severities);
        foreach (var (name, severity) in overrides.Severities ?? [])
        {
            // Validated above: both parse.
            if (FindingCodes.TryParse(name, out var code) && Findings.Severities.TryParse(severity, out var parsed))
                severities[code] = parsed;
        }
        var sensitivities = new Dictionary<FindingCode, Sensitivity>(inherited.Sensitivities);
        foreach (var (name, sensitivity) in overrides.Sensitivity ?? [])
        {
            if (FindingCodes.TryParse(name, out var code) && Sensitivities.TryParse(sensitivity, out var parsed))
                sensitivities[code] = parsed;
        }
        var thresholds = overrides.Thresholds ?? new PolicyThresholds();
        return new Policy
        {
            ChecksEnabled = overrides.ChecksEnabled ?? inherited.ChecksEnabled,
            Severities = severities,
            Sensitivities = sensitivities,
            FatigueMessageCount = thresholds.FatigueMessageCount ?? inherited.FatigueMessageCount,
            FatigueWindowDays = thresholds.FatigueWindowDays ?? inherited.FatigueWindowDays,
            RenewalWindowDays = thresholds.RenewalWindowDays ?? inherited.RenewalWindowDays,
            LookupDeadlineMilliseconds = thresholds.LookupDeadlineMs ?? inherited.LookupDeadlineMilliseconds,
            ExemptDomains = overrides.ExemptDomains?.Select(Recipients.EmailAddresses.NormaliseDomain).ToList() ?? inherited.ExemptDomains,
            ExemptAddresses = overrides.ExemptAddresses?.Select(Recipients.EmailAddresses.Normalise).ToList() ?? inherited.ExemptAddresses,
            ValueAnswerReasons = overrides.ValueAnswerReasons?.Select(reason => reason.Trim()).ToList() ?? inherited.ValueAnswerReasons,
            // Translations go with the reasons they translate: a team with reasons of its own inherits none.
            ValueAnswerReasonTranslations = overrides.ValueAnswerReasonTranslations?.ToDictionary(
                    pair => pair.Key, pair => (IReadOnlyList<string?>)[.. pair.Value.Select(reason => reason?.Trim())], StringComparer.Ordinal)
                ?? (overrides.ValueAnswerReasons is null ? inherited.ValueAnswerReasonTranslations : Policy.NoTranslations),
            FailMode = overrides.FailMode switch { "closed" => FailMode.Closed, "open" => FailMode.Open, _ => inherited.FailMode },
        };
    }

    private static PolicyError DescribeJsonError(JsonException exception)
    {
        var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "$" : exception.Path.TrimStart('$', '.');
        var where = exception.LineNumber is { } line ? $"line {line + 1}, column {exception.BytePositionInLine + 1}: " : "";
        var what = exception.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "unknown field (check its spelling)"
            : exception.InnerException is null && exception.Path is not null && !exception.Message.Contains("invalid", StringComparison.OrdinalIgnoreCase)
                ? "has the wrong type of value"
                : "is not valid JSON";
        return new PolicyError(field, $"{where}{what}.");
    }
}

public sealed record PolicyParseResult(Policy? Policy, IReadOnlyList<PolicyError> Errors)
{
    public bool IsValid => Policy is not null;
}
