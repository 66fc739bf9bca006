using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutlookValueCheck.Api.Storage;

/// <summary>
/// Appends many new rows with multi-row INSERT statements in one transaction, bypassing change tracking: under load
/// the change tracker cost more CPU per decision than the whole check. Table, columns and value conversions come from
/// the EF model and the provider's type mappings, so the rows are stored exactly as SaveChanges would store them.
/// Rows are stamped with the context's tenant, as SaveChanges does.
/// </summary>
internal static class BulkInsert
{
    // Far below PostgreSQL's limit of 65,535 parameters per statement, and big enough that a batch of decisions
    // takes a few round trips.
    private const int MaxParametersPerStatement = 256;

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
        // SQLite runs in the process, so a statement costs no round trip, while Microsoft.Data.Sqlite finds each
        // parameter by name in time that grows with the statement's parameter count: one prepared single-row INSERT,
        // run once per row, is the cheapest there. Elsewhere every statement is a round trip: many rows per statement.
        var rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParametersPerStatement / columns.Count);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            // Reused while the number of rows per statement stays the same: Microsoft.Data.Sqlite then keeps the
            // statement prepared across rows instead of parsing the INSERT again for each.
            DbCommand? command = null;
            var commandRows = 0;
            string[] names = [];
            try
            {
                for (var start = 0; start < rows.Count; start += rowsPerStatement)
                {
                    var count = Math.Min(rowsPerStatement, rows.Count - start);
                    if (command is null || commandRows != count)
                    {
                        if (command is not null)
                            await command.DisposeAsync();
                        command = connection.CreateCommand();
                        command.Transaction = transaction.GetDbTransaction();
                        names = [.. Enumerable.Range(0, count * columns.Count).Select(index => ParameterName(sql, index / columns.Count, index % columns.Count))];
                        command.CommandText = InsertText(sql, table, columns, names, count);
                        commandRows = count;
                    }
                    command.Parameters.Clear();
                    for (var row = 0; row < count; row++)
                    {
                        var entry = rows[start + row];
                        entry.TenantId = tenant;
                        for (var column = 0; column < columns.Count; column++)
                            AddParameter(command, columns[column], names[row * columns.Count + column], entry);
                    }
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            finally
            {
                if (command is not null)
                    await command.DisposeAsync();
            }
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private static string InsertText(ISqlGenerationHelper sql, StoreObjectIdentifier table, List<IProperty> columns, string[] names, int rows)
    {
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(column => sql.DelimitIdentifier(column.GetColumnName(table)!))).Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Count; column++)
                text.Append(column == 0 ? "" : ", ").Append(names[row * columns.Count + column]);
            text.Append(')');
        }
        return text.ToString();
    }

    // Named with its prefix ("@p0_1"), so Microsoft.Data.Sqlite binds it without trying the other prefixes.
    private static string ParameterName(ISqlGenerationHelper sql, int row, int column) => sql.GenerateParameterName($"p{row}_{column}");

    private static void AddParameter(DbCommand command, IProperty property, string name, object row)
    {
        // The mapping applies the property's value converter, if any, as SaveChanges would.
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        command.Parameters.Add(mapping.CreateParameter(command, name, property.GetGetter().GetClrValue(row), property.IsNullable));
    }
}
