using System.Buffers;
using System.Net.Mail;
using FluentValidation;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Addresses;

/// <summary>The one rule for an address a seller sends in (a recipient, a sender, an address to look up).</summary>
internal static class AddressRules
{
    /// <summary>The most addresses one request may name: a draft's To, Cc and Bcc together, or one lookup.</summary>
    public const int MaxPerRequest = 500;

    /// <summary>
    /// A bare address (<see cref="IsAnAddress"/>) at a domain name, with no invisible or direction-changing
    /// character; the error names the character. One rule, so each bad entry of a list gets one message and a bad
    /// entry never hides the next one's.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MustBeAnAddress<T>(this IRuleBuilderInitialCollection<T, string> rule) =>
        rule.Must(address => address is not null && AddressProblems.Describe(address) is null && IsAnAddress(address))
            .WithMessage((_, address) => (address is null ? null : AddressProblems.Describe(address)) ?? $"'{address}' is not an email address.");

    /// <summary>A bare address (no display name, no CR/LF or other header-injection characters) at a dotted domain.</summary>
    public static bool IsAnAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 320 || address.AsSpan().ContainsAny(ControlsAndSpace))
            return false;
        return MailAddress.TryCreate(address.Trim(), out var parsed) && parsed.Address == address.Trim() && parsed.Host.Contains('.', StringComparison.Ordinal);
    }

    // What char.IsControl calls control characters (C0, DEL, C1), and the space.
    private static readonly SearchValues<char> ControlsAndSpace =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(code => (char)code).Where(character => char.IsControl(character) || character == ' ')]);
}
