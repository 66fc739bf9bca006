using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace OutlookValueCheck.Api.Storage;

/// <summary>
/// Appends many new rows in one transaction, bypassing change tracking: under load the change tracker cost more CPU
/// per decision than the whole check. Table, columns and value conversions come from the EF model and the provider's
/// type mappings, so the rows are stored exactly as SaveChanges would store them. Rows are stamped with the context's
/// tenant, as SaveChanges does. PostgreSQL gets a binary COPY, SQLite a prepared single-row INSERT per row.
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAllAsync<TRow>(this ValueCheckDbContext db, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class, ITenantRow
    {
        if (rows.Count == 0)
            return;
        var tenant = db.CurrentTenantId;
        if (tenant.Length == 0)
            throw new InvalidOperationException("No tenant is set for this request; nothing may be stored.");

        var entity = db.Model.FindEntityType(typeof(TRow)) ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not part of the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Store-generated columns (the surrogate key) are left to the database.
        var columns = entity.GetProperties().Where(property => property.ValueGenerated == ValueGenerated.Never).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var target = new Target(sql.DelimitIdentifier(table.Name, table.Schema), string.Join(", ", columns.Select(column => sql.DelimitIdentifier(column.GetColumnName(table)!))),
            columns, [.. columns.Select(column => (RelationalTypeMapping)column.GetTypeMapping())]);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
                await CopyAllAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, tenant, target, cancellationToken);
            else
                await InsertEachAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), rows, tenant, target, sql, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>The table and its columns as the statements name them, with each column's type mapping.</summary>
    private sealed record Target(string Table, string ColumnList, List<IProperty> Columns, RelationalTypeMapping[] Mappings);

    /// <summary>
    /// SQLite runs in the process, so a statement costs no round trip, while Microsoft.Data.Sqlite finds each parameter
    /// by name in time that grows with the statement's parameter count: one single-row INSERT, prepared once and run
    /// for each row, is the cheapest there.
    /// </summary>
    private static async Task InsertEachAsync<TRow>(DbConnection connection, DbTransaction transaction, IReadOnlyList<TRow> rows, string tenant, Target target,
        ISqlGenerationHelper sql, CancellationToken cancellationToken)
        where TRow : class, ITenantRow
    {
        // Named with their prefix ("@p0"), so Microsoft.Data.Sqlite binds them without trying the other prefixes.
        var names = target.Columns.Select((_, index) => sql.GenerateParameterName($"p{index}")).ToArray();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {target.Table} ({target.ColumnList}) VALUES ({string.Join(", ", names)})";
        foreach (var row in rows)
        {
            row.TenantId = tenant;
            command.Parameters.Clear();
            for (var column = 0; column < target.Columns.Count; column++)
            {
                // The mapping applies the property's value converter, if any, as SaveChanges would.
                var property = target.Columns[column];
                command.Parameters.Add(target.Mappings[column].CreateParameter(command, names[column], property.GetGetter().GetClrValue(row), property.IsNullable));
            }
            // The same command text on the same command: Microsoft.Data.Sqlite keeps the statement prepared.
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// PostgreSQL: one binary COPY per batch, PostgreSQL's own bulk load. It skips parsing and planning an INSERT per
    /// statement, which the database server (on the same cores as the service in a small deployment) paid per row.
    /// </summary>
    private static async Task CopyAllAsync<TRow>(NpgsqlConnection connection, IReadOnlyList<TRow> rows, string tenant, Target target, CancellationToken cancellationToken)
        where TRow : class, ITenantRow
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target.Table} ({target.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            row.TenantId = tenant;
            await importer.StartRowAsync(cancellationToken);
            for (var column = 0; column < target.Columns.Count; column++)
            {
                // The property's value converter, if any, as SaveChanges would apply it; the column's own type.
                var value = target.Columns[column].GetGetter().GetClrValue(row);
                if (target.Mappings[column].Converter is { } converter && value is not null)
                    value = converter.ConvertToProvider(value);
                if (value is null)
                    await importer.WriteNullAsync(cancellationToken);
                else
                    await importer.WriteAsync(value, target.Mappings[column].StoreTypeNameBase, cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
