using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Health;

/// <summary>
/// Whether storage answers, asked at most once per <see cref="AnswerFor"/> however many callers ask: /readyz is
/// anonymous, and a round trip per call let anyone keep the database busy. Callers that arrive while the question is
/// out wait for its answer instead of asking again. Readiness is therefore up to <see cref="AnswerFor"/> late.
/// </summary>
internal sealed class StorageProbe(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan AnswerFor = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _asking = new(1, 1);
    // One reference, written whole: callers read it without the lock.
    private volatile Answer? _last;

    public async Task<bool> StorageAnswersAsync(ValueCheckDbContext db, CancellationToken cancellationToken)
    {
        if (Recent() is { } recent)
            return recent;
        await _asking.WaitAsync(cancellationToken);
        try
        {
            if (Recent() is { } answeredMeanwhile)
                return answeredMeanwhile;
            var answers = await AskAsync(db, cancellationToken);
            _last = new Answer(answers, clock.GetUtcNow());
            return answers;
        }
        finally
        {
            _asking.Release();
        }
    }

    private bool? Recent() => _last is { } last && clock.GetUtcNow() - last.AskedAt < AnswerFor ? last.Answers : null;

    public void Dispose() => _asking.Dispose();

    private sealed record Answer(bool Answers, DateTimeOffset AskedAt);

    /// <summary>
    /// A real round trip, not just an open: a pooled connection to a server that has restarted opens fine and fails
    /// on first use, and readiness must say what the next request will meet.
    /// </summary>
    private static async Task<bool> AskAsync(ValueCheckDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException || StorageFailures.IsOutage(exception))
        {
            return false;
        }
    }
}
