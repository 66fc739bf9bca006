using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Language;

namespace OutlookValueCheck.Core.Tests.Checks;

/// <summary>The checkers tests share, as the service shares one: built once, used from every thread.</summary>
internal static class Checkers
{
    public static ValueChecker Lexicon { get; } = new(new LexiconJudge());
}
