using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OutlookValueCheck.Api.Storage;

// Used only by `dotnet ef migrations add` (see docs/decisions.md): the connection strings are never opened.

internal sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteValueCheckDbContext>
{
    public SqliteValueCheckDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteValueCheckDbContext>().UseSqlite("Data Source=design-time.db").Options, new TenantScope());
}

internal sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresValueCheckDbContext>
{
    public PostgresValueCheckDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresValueCheckDbContext>().UseNpgsql("Host=127.0.0.1;Database=design_time").Options, new TenantScope());
}
