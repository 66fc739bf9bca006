using System.Globalization;
using OutlookValueCheck.Cli.Eval;
using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>A code's floors: the precision and recall it must keep on a set.</summary>
internal sealed record CodeFloor(double Precision, double Recall);

/// <summary>
/// What a judge must keep on a labeled set: per code floors (a code listed must still have a mail that expects it)
/// and a ceiling on the share of clean mail stopped. Codes reported apart (<see cref="EvalScorer.FixtureCodes"/>)
/// have no floors.
/// </summary>
internal sealed record CorpusFloors(IReadOnlyDictionary<FindingCode, CodeFloor> Codes, double MaximumCleanStopped)
{
    public static CorpusFloors Uniform(double precision, double recall, double maximumCleanStopped) => new(
        FindingCodes.All.Where(code => !EvalScorer.FixtureCodes.Contains(code)).ToDictionary(code => code, _ => new CodeFloor(precision, recall)),
        maximumCleanStopped);

    /// <summary>The same floors with one code's replaced.</summary>
    public CorpusFloors With(FindingCode code, CodeFloor floor) =>
        this with { Codes = new Dictionary<FindingCode, CodeFloor>(Codes) { [code] = floor } };

    /// <summary>One line per floor the score falls through; none when it keeps them all.</summary>
    public IReadOnlyList<string> Failures(EvalScore score)
    {
        var culture = CultureInfo.InvariantCulture;
        var failures = new List<string>();
        foreach (var (code, floor) in Codes)
        {
            var scored = score.Codes.Single(entry => entry.Code == code);
            if (scored.Expected == 0)
                failures.Add($"{code.Name()}: no mail expects it any more");
            // No precision means nothing was raised, so nothing said was wrong; the recall floor catches the misses.
            else if ((scored.Precision ?? 1) < floor.Precision || (scored.Recall ?? 0) < floor.Recall)
                failures.Add(string.Create(culture, $"{code.Name()}: precision {scored.Precision:0.00} (floor {floor.Precision:0.00}), recall {scored.Recall:0.00} (floor {floor.Recall:0.00})"));
        }
        if ((score.CleanStopped.Share ?? 0) > MaximumCleanStopped)
            failures.Add(string.Create(culture, $"{score.CleanStopped.Count} of {score.CleanStopped.Of} clean mails stopped (at most {MaximumCleanStopped:P1})"));
        return failures;
    }
}
