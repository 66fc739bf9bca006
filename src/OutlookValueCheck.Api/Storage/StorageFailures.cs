using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OutlookValueCheck.Api.Storage;

/// <summary>Thrown when storage is known to be away (a write still queued behind an outage), so the caller answers 503.</summary>
internal sealed class StorageUnavailableException(string message) : Exception(message);

/// <summary>
/// Tells a storage outage (server down or restarting, connection refused or reset, database busy) from a fault in
/// the service: an outage is answered 503 "try again" and retried by the decision writer; anything else is a bug.
/// </summary>
internal static class StorageFailures
{
    // SQLite result codes for a database that is busy, locked, unreadable, full or gone; never a bad statement.
    private static readonly HashSet<int> SqliteOutages = [5 /* BUSY */, 6 /* LOCKED */, 10 /* IOERR */, 13 /* FULL */, 14 /* CANTOPEN */];

    public static bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case StorageUnavailableException or SocketException or TimeoutException:
                // Whatever the provider calls transient; then the server closing sessions while it shuts down
                // (57P01-03), connection classes (08), too many clients.
                case DbException { IsTransient: true }:
                case PostgresException postgres when postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300":
                case NpgsqlException and not PostgresException:
                case SqliteException sqlite when SqliteOutages.Contains(sqlite.SqliteErrorCode):
                    return true;
            }
        }
        return false;
    }
}
