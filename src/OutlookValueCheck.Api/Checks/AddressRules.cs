using FluentValidation;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Checks;

/// <summary>The one rule for an address a seller sends in (a recipient, a sender, an address to look up).</summary>
internal static class AddressRules
{
    /// <summary>
    /// A bare address (<see cref="CheckRequestValidator.BeAnAddress"/>) at a domain name, with no invisible or
    /// direction-changing character; the error names the character. One rule, so each bad entry of a list gets one
    /// message and a bad entry never hides the next one's.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MustBeAnAddress<T>(this IRuleBuilderInitialCollection<T, string> rule) =>
        rule.Must(address => address is not null && AddressProblems.Describe(address) is null && CheckRequestValidator.BeAnAddress(address))
            .WithMessage((_, address) => (address is null ? null : AddressProblems.Describe(address)) ?? $"'{address}' is not an email address.");
}
