using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Api.Policies;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Languages;
using OutlookValueCheck.Core.Stored;

namespace OutlookValueCheck.Api.Reports;

/// <summary>GET /api/v1/reports: what was flagged and what sellers then did, for managers. Counts only, never mail.</summary>
internal static class ReportsApi
{
    public const int MaxDays = 366;

    /// <summary>The most value answers listed per code (the commonest first).</summary>
    public const int ReasonsPerCode = 5;

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/reports", AccessPolicies.PolicyManager, "Reports");
        group.MapGet("/", ReportAsync).WithName("Report")
            .WithSummary("Findings per code, day, week and team, outcomes per code, the accounts most often found fatigued, and the value answers sellers gave and the drafts whose text was not read (by language), for a date range (UTC days, at most a year) and optionally one team (an Entra group ID, or 'tenant' for the tenant policy).")
            .WithDescription("Counts drafts, not checks: the checks sent with one draftKey are one draft, on the day of its last check, with that check's verdict; each code found in any of its checks counts once, and its value answer is the last the seller gave. A check without a draftKey is a draft of its own. `checks` says how many checks ran. Outcomes are facts: answered (the value question), edited (changed after a warning), sent (in the seller's Sent Items, nothing in the way), sentAnyway (in Sent Items after a warning nobody answered), notSent (not in Sent Items a day after the last check), unknown (no fact says: no mailbox to read, or not looked at yet).");
        return app;
    }

    /// <summary>The team filter's value for checks that ran under the tenant policy (no team).</summary>
    public const string TenantPolicyTeam = "tenant";

    private static async Task<Results<Ok<Report>, ValidationProblem>> ReportAsync(string? from, string? to, string? team, ValueCheckDbContext db, TenantPolicies policies,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new Dictionary<string, string[]>();
        var first = ParseDay(from, today.AddDays(-29), "from", errors);
        var last = ParseDay(to, today, "to", errors);
        if (errors.Count == 0 && last < first)
            errors["to"] = ["to must not be before from."];
        if (errors.Count == 0 && last.DayNumber - first.DayNumber >= MaxDays)
            errors["to"] = [$"A report covers at most {MaxDays} days."];
        // The team is compared with stored ones: a value no team column holds (a NUL, which PostgreSQL refuses in
        // a query, or more than a group ID's length) is no team.
        if (team is not null && team != TenantPolicyTeam && StoredText.ProblemWith(team, StoredLengths.TeamGroup) is { } teamProblem)
            errors["team"] = [$"team is an Entra ID group object ID or '{TenantPolicyTeam}'; this one {teamProblem}."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var start = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var query = db.Decisions.AsNoTracking().Where(row => row.CheckedAt >= start);
        // The day after 9999-12-31 does not exist: a report that ends then has no upper bound.
        if (last < DateOnly.MaxValue)
        {
            var end = last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(row => row.CheckedAt < end);
        }
        if (team == TenantPolicyTeam)
            query = query.Where(row => row.Team == null);
        else if (!string.IsNullOrEmpty(team))
            query = query.Where(row => row.Team == team);
        var checks = await query
            .Select(row => new CheckRow(row.CheckId, row.DraftKeyHash, row.CheckedAt, row.Codes, row.Verdict, row.Outcome, row.DecidedAt, row.ValueAnswer, row.Team,
                row.FatigueAccounts, row.TextLanguage, row.TextChecked, row.Delivery, row.IsDemo))
            .ToListAsync(cancellationToken);
        var rows = DraftsOf(checks);

        var findings = rows.SelectMany(row => row.Codes.Select(code => (Code: code, row.CheckedAt, row.Outcome, row.ValueAnswer))).ToList();
        // Per code, what sellers did and the reasons they gave: which warnings sellers do not believe.
        var byCode = findings.GroupBy(finding => finding.Code).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new CodeCount(group.Key, group.Count(),
                group.GroupBy(finding => finding.Outcome).ToDictionary(outcome => outcome.Key, outcome => outcome.Count()),
                [.. group.Where(finding => !string.IsNullOrWhiteSpace(finding.ValueAnswer)).GroupBy(finding => finding.ValueAnswer!, StringComparer.OrdinalIgnoreCase)
                    .OrderByDescending(answers => answers.Count()).ThenBy(answers => answers.Key, StringComparer.Ordinal).Take(ReasonsPerCode)
                    .Select(answers => new AnswerCount(answers.Key, answers.Count()))]))
            .ToList();
        var byDay = rows.GroupBy(row => DateOnly.FromDateTime(row.CheckedAt)).OrderBy(group => group.Key)
            .Select(group => new DayCount(group.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), group.Count(),
                group.Count(row => row.Verdict == "warn"), group.Count(row => row.Verdict == "block")))
            .ToList();
        var answers = rows.Where(row => !string.IsNullOrWhiteSpace(row.ValueAnswer))
            .GroupBy(row => row.ValueAnswer!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(group => group.Count()).Take(50)
            .Select(group => new AnswerCount(group.Key, group.Count()))
            .ToList();
        // Weeks start on Monday (ISO 8601), named by that Monday's date.
        var byWeek = findings.GroupBy(finding => WeekOf(finding.CheckedAt)).OrderBy(group => group.Key)
            .Select(group => new WeekCount(group.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                group.GroupBy(finding => finding.Code).OrderBy(code => code.Key, StringComparer.Ordinal).ToDictionary(code => code.Key, code => code.Count())))
            .ToList();
        var fatigueAccounts = rows.SelectMany(row => row.FatigueAccounts)
            .GroupBy(account => account, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal).Take(10)
            .Select(group => new AccountCount(group.Key, group.Count()))
            .ToList();
        // Teams are named as the current policy names them; a team since removed from the policy keeps its group ID.
        var teamNames = (await policies.CompiledAsync(cancellationToken)).Teams.ToDictionary(team => team.Group, team => team.Name, StringComparer.OrdinalIgnoreCase);
        var byTeam = rows.GroupBy(row => row.Team ?? "").OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new TeamCount(group.Key.Length == 0 ? null : group.Key,
                group.Key.Length == 0 ? "Tenant policy" : teamNames.GetValueOrDefault(group.Key) ?? group.Key,
                group.Count(), group.Count(row => row.Verdict == "warn"), group.Count(row => row.Verdict == "block"),
                group.GroupBy(row => row.Outcome).ToDictionary(outcome => outcome.Key, outcome => outcome.Count())))
            .ToList();
        // Mails the judge could not read passed on their facts alone: a manager sees how many, and in which language.
        var textNotChecked = rows.Where(row => !row.TextChecked)
            .GroupBy(row => row.TextLanguage ?? "", StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new LanguageCount(group.Key.Length == 0 ? null : group.Key,
                LanguageIdentifier.LanguageOf(group.Key)?.Name ?? (group.Key.Length == 0 ? "Unknown language" : group.Key), group.Count()))
            .ToList();
        return TypedResults.Ok(new Report(
            first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            team is { Length: > 0 } ? team : null, rows.Count, checks.Count, byCode, byDay, byWeek, byTeam, fatigueAccounts,
            rows.GroupBy(row => row.Outcome).ToDictionary(group => group.Key, group => group.Count()),
            answers, textNotChecked, rows.Count(row => row.IsDemo)));
    }

    /// <summary>One stored check, as the report reads it.</summary>
    private sealed record CheckRow(Guid CheckId, string? DraftKeyHash, DateTime CheckedAt, string Codes, string Verdict, string? Outcome, DateTime? DecidedAt,
        string? ValueAnswer, string? Team, string? FatigueAccounts, string? TextLanguage, bool TextChecked, string? Delivery, bool IsDemo);

    /// <summary>One draft: the checks of one compose item folded into what the seller ended with.</summary>
    private sealed record DraftRow(DateTime CheckedAt, IReadOnlyList<string> Codes, string Verdict, string Outcome, string? ValueAnswer, string? Team,
        IReadOnlyList<string> FatigueAccounts, string? TextLanguage, bool TextChecked, bool IsDemo);

    /// <summary>
    /// Folds checks into drafts: the checks with one draft key are one draft (a check without a key is a
    /// draft of its own), counted on the day of its last check, with that check's verdict, team and language; each
    /// code found in any of its checks counts once; its value answer is the last the seller gave on any of its
    /// checks (the pane answers the check the Send made, and the next Send checks again), and its outcome is
    /// <see cref="DraftOutcomes.Of"/> of all its checks.
    /// </summary>
    private static List<DraftRow> DraftsOf(List<CheckRow> checks) =>
        checks.GroupBy(check => check.DraftKeyHash ?? check.CheckId.ToString("N"), StringComparer.Ordinal)
            .Select(group =>
            {
                var inOrder = group.OrderBy(check => check.CheckedAt).ToList();
                var last = inOrder[^1];
                var answered = inOrder.Where(check => check.ValueAnswer is not null).MaxBy(check => check.DecidedAt ?? check.CheckedAt);
                return new DraftRow(last.CheckedAt,
                    [.. inOrder.SelectMany(check => check.Codes.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal)],
                    last.Verdict, DraftOutcomes.Of([.. inOrder.Select(check => (check.Verdict, check.Outcome, check.Delivery))]), answered?.ValueAnswer, last.Team,
                    [.. inOrder.Where(check => check.FatigueAccounts is not null)
                        .SelectMany(check => System.Text.Json.JsonSerializer.Deserialize<string[]>(check.FatigueAccounts!) ?? []).Distinct(StringComparer.Ordinal)],
                    last.TextLanguage, last.TextChecked, last.IsDemo);
            })
            .ToList();

    private static DateOnly WeekOf(DateTime when)
    {
        var day = DateOnly.FromDateTime(when);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static DateOnly ParseDay(string? value, DateOnly fallback, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
            return fallback;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        errors[field] = [$"{field} must be a date in yyyy-mm-dd form."];
        return fallback;
    }
}

/// <param name="Drafts">Drafts checked (ReportsApi.DraftsOf): every count below is of drafts, not of checks.</param>
/// <param name="Checks">Checks run, a draft checked three times counting three.</param>
/// <param name="DemoDrafts">Of the drafts, how many are the made-up history of a fresh Development start.</param>
internal sealed record Report(string From, string To, string? Team, int Drafts, int Checks, IReadOnlyList<CodeCount> ByCode, IReadOnlyList<DayCount> ByDay,
    IReadOnlyList<WeekCount> ByWeek, IReadOnlyList<TeamCount> ByTeam, IReadOnlyList<AccountCount> FatigueAccounts,
    IReadOnlyDictionary<string, int> ByOutcome, IReadOnlyList<AnswerCount> ValueAnswers, IReadOnlyList<LanguageCount> TextNotChecked, int DemoDrafts);

/// <summary>Drafts whose text was not read because the judge does not read its language (ISO 639-1 code and name).</summary>
internal sealed record LanguageCount(string? Language, string Name, int Drafts);

/// <summary>Findings per code in the week starting on <paramref name="Week"/> (a Monday).</summary>
internal sealed record WeekCount(string Week, IReadOnlyDictionary<string, int> Codes);

/// <summary>How many drafts found contacts of this CRM account fatigued.</summary>
internal sealed record AccountCount(string Account, int Drafts);

/// <summary>Drafts a code was found in, what sellers then did (<see cref="DraftOutcomes"/>), and the reasons they gave.</summary>
internal sealed record CodeCount(string Code, int Findings, IReadOnlyDictionary<string, int> Outcomes, IReadOnlyList<AnswerCount> Reasons);

internal sealed record DayCount(string Day, int Drafts, int Warned, int Blocked);

/// <summary>Drafts checked under one team's policy (<paramref name="Group"/> null: the tenant policy), with their outcomes.</summary>
internal sealed record TeamCount(string? Group, string Name, int Drafts, int Warned, int Blocked, IReadOnlyDictionary<string, int> Outcomes);

internal sealed record AnswerCount(string Answer, int Count);
