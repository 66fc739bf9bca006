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
        if (db.Database.IsNpgsql())
            await CopyAllAsync(db, rows, tenant, table, columns, sql, cancellationToken);
        else
            await InsertEachAsync(db, rows, tenant, table, columns, sql, cancellationToken);
    }

    /// <summary>
    /// SQLite runs in the process, so a statement costs no round trip, while Microsoft.Data.Sqlite finds each parameter
    /// by name in time that grows with the statement's parameter count: one single-row INSERT, prepared once and run
    /// for each row, is the cheapest there.
    /// </summary>
    private static async Task InsertEachAsync<TRow>(ValueCheckDbContext db, IReadOnlyList<TRow> rows, string tenant, StoreObjectIdentifier table,
        List<IProperty> columns, ISqlGenerationHelper sql, CancellationToken cancellationToken)
        where TRow : class, ITenantRow
    {
        // Named with their prefix ("@p0"), so Microsoft.Data.Sqlite binds them without trying the other prefixes.
        var names = columns.Select((_, index) => sql.GenerateParameterName($"p{index}")).ToArray();
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({ColumnList(columns, table, sql)}) VALUES ({string.Join(", ", names)})";
        var mappings = columns.Select(column => (RelationalTypeMapping)column.GetTypeMapping()).ToArray();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await using (var command = db.Database.GetDbConnection().CreateCommand())
            {
                command.Transaction = transaction.GetDbTransaction();
                command.CommandText = insert;
                foreach (var row in rows)
                {
                    row.TenantId = tenant;
                    command.Parameters.Clear();
                    for (var column = 0; column < columns.Count; column++)
                    {
                        // The mapping applies the property's value converter, if any, as SaveChanges would.
                        command.Parameters.Add(mappings[column].CreateParameter(command, names[column], columns[column].GetGetter().GetClrValue(row), columns[column].IsNullable));
                    }
                    // The same command text on the same command: Microsoft.Data.Sqlite keeps the statement prepared.
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>
    /// PostgreSQL: one binary COPY per batch, PostgreSQL's own bulk load. It skips parsing and planning an INSERT per
    /// statement, which the database server (on the same cores as the service in a small deployment) paid per row.
    /// </summary>
    private static async Task CopyAllAsync<TRow>(ValueCheckDbContext db, IReadOnlyList<TRow> rows, string tenant, StoreObjectIdentifier table,
        List<IProperty> columns, ISqlGenerationHelper sql, CancellationToken cancellationToken)
        where TRow : class, ITenantRow
    {
        var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({ColumnList(columns, table, sql)}) FROM STDIN (FORMAT BINARY)";
        var mappings = columns.Select(column => (RelationalTypeMapping)column.GetTypeMapping()).ToArray();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using (var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken))
            {
                foreach (var row in rows)
                {
                    row.TenantId = tenant;
                    await importer.StartRowAsync(cancellationToken);
                    for (var column = 0; column < columns.Count; column++)
                    {
                        // The property's value converter, if any, as SaveChanges would apply it; the column's own type.
                        var value = columns[column].GetGetter().GetClrValue(row);
                        if (mappings[column].Converter is { } converter && value is not null)
                            value = converter.ConvertToProvider(value);
                        if (value is null)
                            await importer.WriteNullAsync(cancellationToken);
                        else
                            await importer.WriteAsync(value, mappings[column].StoreTypeNameBase, cancellationToken);
                    }
                }
                await importer.CompleteAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private static string ColumnList(List<IProperty> columns, StoreObjectIdentifier table, ISqlGenerationHelper sql) =>
        string.Join(", ", columns.Select(column => sql.DelimitIdentifier(column.GetColumnName(table)!)));
}
