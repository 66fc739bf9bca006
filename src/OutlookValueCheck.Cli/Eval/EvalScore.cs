using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Cli.Eval;

/// <summary>
/// How a judge did on labeled mail. <see cref="Codes"/> and the totals leave out <see cref="Apart"/>: the codes whose
/// label is built into the fixture (<see cref="EvalScorer.FixtureCodes"/>), and codes the policy turns off.
/// </summary>
/// <param name="Mails">Labeled outbound mails that were checked and scored.</param>
/// <param name="ExpectedFound">Expected findings found for the right recipient, of all expected findings.</param>
/// <param name="Forbidden">Mails on which a code their labels forbid was raised, of all scored mails.</param>
/// <param name="CleanStopped">Clean mails (no expected warn or block code) the verdict would stop, of all clean mails.</param>
/// <param name="LabelWarnings">Labels that do not fit their mail (a "who" address the mail does not go to).</param>
/// <param name="TextNotChecked">Scored mails whose text the judge did not read (its language), by language name; their text codes count as missed.</param>
/// <param name="ByLanguage">The same score per language of the mails' own text (English name, or "too short to tell"); empty inside one.</param>
internal sealed record EvalScore(
    int Mails,
    Tally ExpectedFound,
    Tally Forbidden,
    Tally CleanStopped,
    IReadOnlyList<CodeScore> Codes,
    IReadOnlyList<CodeScore> Apart,
    IReadOnlyList<string> LabelWarnings,
    IReadOnlyDictionary<string, int> TextNotChecked,
    IReadOnlyDictionary<string, EvalScore> ByLanguage);

/// <summary>One code, counted once per mail.</summary>
/// <param name="Severity">The code's severity under the policy in force.</param>
/// <param name="Expected">Mails whose labels expect the code.</param>
/// <param name="Found">Of those, mails on which it was raised for the right recipient (true positives).</param>
/// <param name="Misdirected">Of those, mails on which it was raised only for other recipients (not found).</param>
/// <param name="Forbidden">Mails whose labels forbid the code.</param>
/// <param name="RaisedWhereForbidden">Of those, mails on which it was raised anyway (false positives).</param>
internal sealed record CodeScore(FindingCode Code, Severity Severity, int Expected, int Found, int Misdirected, int Forbidden, int RaisedWhereForbidden)
{
    /// <summary>Null when no mail expects the code.</summary>
    public double? Recall => Expected == 0 ? null : (double)Found / Expected;

    /// <summary>Null when the code was neither found nor raised where forbidden: it said nothing to be right or wrong about.</summary>
    public double? Precision => Found + RaisedWhereForbidden == 0 ? null : (double)Found / (Found + RaisedWhereForbidden);
}

/// <summary><see cref="Count"/> of <see cref="Of"/>; <see cref="Share"/> is null when there is nothing to count.</summary>
internal sealed record Tally(int Count, int Of)
{
    public double? Share => Of == 0 ? null : (double)Count / Of;
}
