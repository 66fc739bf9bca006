using OutlookValueCheck.Core.Checks;

namespace OutlookValueCheck.Api.Checks;

internal static class JudgmentSetup
{
    public const string JudgeSetting = "Judgment:Judge";

    /// <summary>
    /// The one <see cref="ValueChecker"/> every check and preview shares, with the judge named by
    /// <c>Judgment:Judge</c> (default: <see cref="MailJudges.Default"/>). It is built here, before the host starts, so a
    /// wrong name or a model that cannot be loaded stops the start naming it, and the first check pays no load.
    /// </summary>
    public static WebApplicationBuilder AddValueCheckJudgment(this WebApplicationBuilder builder)
    {
        var name = builder.Configuration[JudgeSetting] is { Length: > 0 } configured ? configured : MailJudges.Default;
        ValueChecker checker;
        try
        {
            // Lingua's language models load here too, not on the first check.
            checker = new ValueChecker(MailJudges.Create(name), Core.Languages.LanguageIdentifier.Shared);
        }
        catch (Core.Model.JudgeUnavailableException exception)
        {
            throw new Errors.StartupProblem($"{JudgeSetting}: {exception.Message}");
        }
        builder.Services.AddSingleton(checker);
        return builder;
    }
}
