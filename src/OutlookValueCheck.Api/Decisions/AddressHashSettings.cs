using Microsoft.Extensions.Options;

namespace OutlookValueCheck.Api.Decisions;

/// <summary>
/// Section "Privacy": the deployment's secret that keys the hashes of addresses in stored decisions
/// (<see cref="AddressHash"/>). It must live apart from the database (a secret store, an environment variable):
/// whoever holds both can test guessed addresses against the hashes.
/// </summary>
internal sealed class AddressHashSettings
{
    public const string Section = "Privacy";
    public const string KeySetting = "Privacy:AddressHashKey";
    public const int MinimumKeyBytes = 32;

    /// <summary>Base64 of at least 32 random bytes, e.g. <c>openssl rand -base64 32</c>.</summary>
    public string? AddressHashKey { get; set; }

    /// <summary>The key's bytes; only once the settings are validated.</summary>
    public byte[] KeyBytes() => Convert.FromBase64String(AddressHashKey!.Trim());

    /// <summary>Why <paramref name="key"/> cannot key the hashes, or null when it can.</summary>
    public static string? ProblemWith(string key)
    {
        var bytes = new byte[key.Length];
        if (!Convert.TryFromBase64String(key.Trim(), bytes, out var length))
            return "it is not valid base64";
        return length < MinimumKeyBytes ? $"it has {length} bytes" : null;
    }
}

internal sealed class AddressHashSettingsValidator : IValidateOptions<AddressHashSettings>
{
    private const string Form = "base64 of at least 32 bytes of random data (e.g. from `openssl rand -base64 32`)";

    public ValidateOptionsResult Validate(string? name, AddressHashSettings settings)
    {
        // In Development a missing key has been made by now (DevelopmentAddressHashKey), so this is any other environment.
        if (string.IsNullOrWhiteSpace(settings.AddressHashKey))
            return ValidateOptionsResult.Fail(
                $"{AddressHashSettings.KeySetting} must be set outside Development: {Form}, from a secret store or an environment variable " +
                "(Privacy__AddressHashKey), never kept with the database. It keys the hashes of addresses in stored decisions.");
        return AddressHashSettings.ProblemWith(settings.AddressHashKey) is { } problem
            ? ValidateOptionsResult.Fail($"{AddressHashSettings.KeySetting} must be {Form}; {problem}.")
            : ValidateOptionsResult.Success;
    }
}
