using FluentValidation;
using OutlookValueCheck.Api.Addresses;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Checks;

/// <summary>Every field's problem at once, each naming the field (and the address's position in its list).</summary>
internal sealed class CheckRequestValidator : AbstractValidator<CheckRequest>
{
    public const int MaxRecipients = AddressRules.MaxPerRequest;
    public const int MaxSubjectLength = 1000;
    /// <summary>The answer is stored when the seller records it (POST /api/v1/decisions): held to the same length.</summary>
    public const int MaxValueAnswerLength = Core.Stored.StoredLengths.ValueAnswer;
    public const int MaxDraftKeyLength = 200;

    // BCP 47 tags Office hands out are short ("zh-Hant-TW"); 35 is the longest the RFC asks implementations to keep.
    public const int MaxDisplayLanguageLength = 35;

    public CheckRequestValidator()
    {
        RuleFor(request => request)
            .Must(request => request.AllRecipients.Any()).WithName("to").OverridePropertyName("to")
            .WithMessage("A check needs at least one recipient in to, cc or bcc.")
            .Must(request => request.AllRecipients.Count() <= MaxRecipients).OverridePropertyName("to")
            .WithMessage($"At most {MaxRecipients} recipients in to, cc and bcc together.");
        RuleForEach(request => request.To).MustBeAnAddress().OverridePropertyName("to");
        RuleForEach(request => request.Cc).MustBeAnAddress().OverridePropertyName("cc");
        RuleForEach(request => request.Bcc).MustBeAnAddress().OverridePropertyName("bcc");
        // Only valid addresses count as duplicates; parsing is costly, so only repeated ones are parsed again here.
        // Spellings of one address ("x@fabrikam.com", "\"x\"@fabrikam.com.") are one recipient.
        RuleFor(request => request.AllRecipients)
            .Must(addresses => !HasRepeats(addresses) || addresses.GroupBy(address => address, EmailAddresses.Comparer).All(group => group.Count() == 1 || group.Count(AddressRules.IsAnAddress) <= 1))
            .OverridePropertyName("to")
            .WithMessage(request => "These addresses appear more than once: " + string.Join(", ",
                request.AllRecipients.Where(AddressRules.IsAnAddress).GroupBy(address => address, EmailAddresses.Comparer).Where(group => group.Count() > 1).Select(group => group.Key.Trim())) + ".");
        RuleFor(request => request.Sender).Cascade(CascadeMode.Stop)
            .Must(sender => sender is null || AddressProblems.Describe(sender) is null).WithMessage(request => "sender " + AddressProblems.Describe(request.Sender!))
            .Must(sender => sender is null || AddressRules.IsAnAddress(sender)).WithMessage("sender must be an email address.")
            .OverridePropertyName("sender");
        RuleFor(request => request.Subject).MaximumLength(MaxSubjectLength).OverridePropertyName("subject");
        RuleFor(request => request.Body).NotNull().OverridePropertyName("body").WithMessage("body is required (it may be empty).");
        RuleFor(request => request.BodyFormat).Must(format => format is null or "text" or "html").OverridePropertyName("bodyFormat")
            .WithMessage("bodyFormat must be text or html.");
        RuleFor(request => request.ValueAnswer).MaximumLength(MaxValueAnswerLength).OverridePropertyName("valueAnswer");
        RuleFor(request => request.DraftKey).MaximumLength(MaxDraftKeyLength).OverridePropertyName("draftKey");
        RuleFor(request => request.DisplayLanguage)
            .Must(language => language is null || (language.Length <= MaxDisplayLanguageLength && System.Text.RegularExpressions.Regex.IsMatch(language, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")))
            .OverridePropertyName("displayLanguage")
            .WithMessage("displayLanguage must be a language tag such as de-DE or es-419.");
    }

    private static bool HasRepeats(IEnumerable<string> addresses)
    {
        var seen = new HashSet<string>(EmailAddresses.Comparer);
        foreach (var address in addresses)
        {
            if (!seen.Add(address))
                return true;
        }
        return false;
    }
}
