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

    public static PolicyParseResult Parse(string json)
    {
        PolicyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PolicyDocument>(json, JsonOptions);
        }
        catch (JsonException exception)
        {
            return PolicyParseResult.Failed(DescribeJsonError(exception));
        }
        if (document is null)
            return PolicyParseResult.Failed(new PolicyError("$", "The policy must be a JSON object, not null."));
        return FromDocument(document);
    }

    public static PolicyParseResult FromDocument(PolicyDocument document)
    {
        var validation = Validator.Validate(document);
        if (!validation.IsValid)
            return new PolicyParseResult(null, validation.Errors.Select(error => new PolicyError(error.PropertyName, error.ErrorMessage)).ToList());
        return new PolicyParseResult(ToPolicy(document), []);
    }

    private static Policy ToPolicy(PolicyDocument document)
    {
        var defaults = Policy.Default;
        var severities = new Dictionary<FindingCode, Severity>(Policy.DefaultSeverities);
        foreach (var (name, severity) in document.Severities ?? [])
        {
            // Validated above: both parse.
            if (FindingCodes.TryParse(name, out var code) && Findings.Severities.TryParse(severity, out var parsed))
                severities[code] = parsed;
        }
        var thresholds = document.Thresholds ?? new PolicyThresholds();
        return new Policy
        {
            ChecksEnabled = document.ChecksEnabled ?? defaults.ChecksEnabled,
            Severities = severities,
            FatigueMessageCount = thresholds.FatigueMessageCount ?? defaults.FatigueMessageCount,
            FatigueWindowDays = thresholds.FatigueWindowDays ?? defaults.FatigueWindowDays,
            RenewalWindowDays = thresholds.RenewalWindowDays ?? defaults.RenewalWindowDays,
            LookupDeadlineMilliseconds = thresholds.LookupDeadlineMs ?? defaults.LookupDeadlineMilliseconds,
            ExemptDomains = document.ExemptDomains?.Select(domain => domain.Trim().ToLowerInvariant()).ToList() ?? defaults.ExemptDomains,
            ExemptAddresses = document.ExemptAddresses?.Select(address => address.Trim().ToLowerInvariant()).ToList() ?? defaults.ExemptAddresses,
            ValueAnswerReasons = document.ValueAnswerReasons?.Select(reason => reason.Trim()).ToList() ?? defaults.ValueAnswerReasons,
            FailMode = document.FailMode == "closed" ? FailMode.Closed : FailMode.Open,
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

    public static PolicyParseResult Failed(PolicyError error) => new(null, [error]);
}
