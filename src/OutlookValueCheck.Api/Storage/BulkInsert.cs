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
    // Far below SQLite's (32,766) and PostgreSQL's (65,535) limits: Microsoft.Data.Sqlite matches parameters to
    // placeholders in time quadratic in their number, so a few hundred per statement is fastest (measured).
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
        var rowsPerStatement = Math.Max(1, MaxParametersPerStatement / columns.Count);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                await using var command = connection.CreateCommand();
                command.Transaction = transaction.GetDbTransaction();
                var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
                    .AppendJoin(", ", columns.Select(column => sql.DelimitIdentifier(column.GetColumnName(table)!))).Append(") VALUES ");
                for (var row = 0; row < count; row++)
                {
                    var entry = rows[start + row];
                    entry.TenantId = tenant;
                    text.Append(row == 0 ? "(" : ", (");
                    for (var column = 0; column < columns.Count; column++)
                    {
                        var name = sql.GenerateParameterName($"p{row}_{column}");
                        text.Append(column == 0 ? "" : ", ").Append(name);
                        // Named with its prefix ("@p0_1"), so Microsoft.Data.Sqlite binds it without searching for it.
                        AddParameter(command, columns[column], name, entry);
                    }
                    text.Append(')');
                }
                command.CommandText = text.ToString();
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private static void AddParameter(DbCommand command, IProperty property, string name, object row)
    {
        // The mapping applies the property's value converter, if any, as SaveChanges would.
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        command.Parameters.Add(mapping.CreateParameter(command, name, property.GetGetter().GetClrValue(row), property.IsNullable));
    }
}
