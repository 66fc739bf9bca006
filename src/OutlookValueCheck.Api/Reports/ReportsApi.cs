using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Policies;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Reports;

/// <summary>GET /api/v1/reports: what was flagged and what sellers then did, for managers. Counts only, never mail.</summary>
internal static class ReportsApi
{
    public const int MaxDays = 366;

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/reports", AccessPolicies.PolicyManager, "Reports");
        group.MapGet("/", ReportAsync).WithName("Report")
            .WithSummary("Findings per code, day and team, outcomes per code, and the value answers sellers gave, for a date range (UTC days, at most a year).");
        return app;
    }

    private static async Task<Results<Ok<Report>, ValidationProblem>> ReportAsync(string? from, string? to, ValueCheckDbContext db, TenantPolicies policies,
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
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var start = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.Decisions.AsNoTracking()
            .Where(row => row.CheckedAt >= start && row.CheckedAt < end)
            .Select(row => new { row.CheckedAt, row.Codes, row.Verdict, row.Outcome, row.ValueAnswer, row.Team })
            .ToListAsync(cancellationToken);

        var findings = rows.SelectMany(row => row.Codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(code => (Code: code, row.CheckedAt, row.Outcome))).ToList();
        var byCode = findings.GroupBy(finding => finding.Code).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new CodeCount(group.Key, group.Count(),
                group.GroupBy(finding => finding.Outcome ?? "unknown").ToDictionary(outcome => outcome.Key, outcome => outcome.Count())))
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
        // Teams are named as the current policy names them; a team since removed from the policy keeps its group ID.
        var teamNames = (await policies.CompiledAsync(cancellationToken)).Teams.ToDictionary(team => team.Group, team => team.Name, StringComparer.OrdinalIgnoreCase);
        var byTeam = rows.GroupBy(row => row.Team ?? "").OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new TeamCount(group.Key.Length == 0 ? null : group.Key,
                group.Key.Length == 0 ? "Tenant policy" : teamNames.GetValueOrDefault(group.Key) ?? group.Key,
                group.Count(), group.Count(row => row.Verdict == "warn"), group.Count(row => row.Verdict == "block"),
                group.GroupBy(row => row.Outcome ?? "unknown").ToDictionary(outcome => outcome.Key, outcome => outcome.Count())))
            .ToList();
        return TypedResults.Ok(new Report(
            first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            rows.Count, byCode, byDay, byTeam,
            rows.GroupBy(row => row.Outcome ?? "unknown").ToDictionary(group => group.Key, group => group.Count()),
            answers));
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

internal sealed record Report(string From, string To, int Checks, IReadOnlyList<CodeCount> ByCode, IReadOnlyList<DayCount> ByDay, IReadOnlyList<TeamCount> ByTeam,
    IReadOnlyDictionary<string, int> ByOutcome, IReadOnlyList<AnswerCount> ValueAnswers);

internal sealed record CodeCount(string Code, int Findings, IReadOnlyDictionary<string, int> Outcomes);

internal sealed record DayCount(string Day, int Checks, int Warned, int Blocked);

/// <summary>Checks run under one team's policy (<paramref name="Group"/> null: the tenant policy), with their outcomes.</summary>
internal sealed record TeamCount(string? Group, string Name, int Checks, int Warned, int Blocked, IReadOnlyDictionary<string, int> Outcomes);

internal sealed record AnswerCount(string Answer, int Count);
