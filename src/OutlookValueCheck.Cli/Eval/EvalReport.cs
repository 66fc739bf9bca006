using System.Globalization;
using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Cli.Eval;

/// <summary>The human-readable answer of <c>valuecheck eval</c>: the per-code table, the totals, then the warnings.</summary>
internal static class EvalReport
{
    private const string Header =
        "code                      severity  expected  found  recall  misdirected  forbidden  raised  precision";

    public static void Write(TextWriter output, EvalResult result)
    {
        var score = result.Score;
        var policy = result.Policy is { } path ? $"policy {path}" : "the default policy";
        var scored = string.Create(CultureInfo.InvariantCulture, $"Scored {score.Mails} labeled outbound {Plural(score.Mails, "mail")} with the {result.Judge} judge under {policy}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scored} ({result.Outbound} outbound checked, {result.Inbound} inbound read as replies, {result.Skipped.Count} skipped)."));
        output.WriteLine();
        output.WriteLine(Header);
        foreach (var code in score.Codes)
            output.WriteLine(Row(code));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Expected findings found: {score.ExpectedFound.Count} of {score.ExpectedFound.Of} ({Number(score.ExpectedFound.Share)})."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Mails with a forbidden code: {score.Forbidden.Count} of {score.Forbidden.Of} ({Percent(score.Forbidden.Share)})."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Clean mail stopped (warn or block): {score.CleanStopped.Count} of {score.CleanStopped.Of} ({Percent(score.CleanStopped.Share)})."));
        if (result.OnlyLanguages is not null)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Only mail in {result.OnlyLanguages} is scored: {result.LeftOut} labeled {Plural(result.LeftOut, "mail")} in other languages (or too short to tell) left out."));
        if (score.TextNotChecked.Count > 0)
        {
            var languages = string.Join(", ", score.TextNotChecked.Select(entry => string.Create(CultureInfo.InvariantCulture, $"{entry.Key} {entry.Value}")));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Text not checked (a language the judge does not read): {score.TextNotChecked.Values.Sum()} ({languages}); their text codes count as missed."));
        }

        if (score.ByLanguage.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("language             mails  expected  found  recall  with forbidden  clean stopped");
            foreach (var (language, part) in score.ByLanguage.OrderByDescending(pair => pair.Value.Mails))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {language,-18}{part.Mails,6}{part.ExpectedFound.Of,10}{part.ExpectedFound.Count,7}{Number(part.ExpectedFound.Share),8}{Percent(part.Forbidden.Share),16}{Percent(part.CleanStopped.Share),15}"));
            }
        }

        if (score.Apart.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Reported apart, not in the totals:");
            foreach (var code in score.Apart)
                output.WriteLine(Row(code) + (code.Severity == Severity.Off ? "  (off under this policy)" : "  (label built into the fixture)"));
        }

        output.WriteLine();
        output.WriteLine("expected: mails whose labels expect the code; found: raised for the right recipient; misdirected: raised only");
        output.WriteLine("for other recipients; forbidden: mails whose labels forbid the code; raised: raised there anyway.");
        output.WriteLine("Codes in neither list are debatable and count neither way.");
        WriteWarnings(output, result);
    }

    private static void WriteWarnings(TextWriter output, EvalResult result)
    {
        var warnings = result.Score.LabelWarnings;
        if (result.LabelsNotChecked.Count == 0 && result.UnlabeledOutbound.Count == 0 && warnings.Count == 0 && result.Skipped.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine("Warnings:");
        if (result.LabelsNotChecked.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.LabelsNotChecked.Count} labeled {Plural(result.LabelsNotChecked.Count, "mail")} not checked:"));
            foreach (var label in result.LabelsNotChecked)
                output.WriteLine($"    {label.File} ({label.Where}): {label.Reason}");
        }
        if (result.UnlabeledOutbound.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.UnlabeledOutbound.Count} outbound {Plural(result.UnlabeledOutbound.Count, "mail")} without a label (not scored):"));
            foreach (var file in result.UnlabeledOutbound)
                output.WriteLine($"    {file}");
        }
        if (warnings.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {warnings.Count} {Plural(warnings.Count, "label")} that do not fit their mail:"));
            foreach (var warning in warnings)
                output.WriteLine($"    {warning}");
        }
        if (result.Skipped.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Skipped.Count} {Plural(result.Skipped.Count, "file")} that could not be read:"));
            foreach (var file in result.Skipped)
                output.WriteLine($"    {file.File}: {file.Problem}");
        }
    }

    private static string Row(CodeScore code) => string.Create(CultureInfo.InvariantCulture,
        $"  {code.Code.Name(),-24}{code.Severity.Name(),-8}{code.Expected,10}{code.Found,7}{Number(code.Recall),8}{code.Misdirected,13}{code.Forbidden,11}{code.RaisedWhereForbidden,8}{Number(code.Precision),11}");

    private static string Number(double? value) => value is { } known ? known.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string Percent(double? value) => value is { } known ? (known * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
