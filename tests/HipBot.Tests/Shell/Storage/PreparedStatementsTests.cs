using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>The compiled statements answer as Dapper did, run after run of the same statement.</summary>
public sealed class PreparedStatementsTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public PreparedStatementsTests()
    {
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, day TEXT, n INTEGER)";
        create.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_scalar_of_no_row_or_null_is_the_default_as_with_dapper()
    {
        Assert.Equal(0, await connection.ExecuteScalarPreparedAsync<long>("SELECT MAX(n) FROM t", null, null));
        Assert.Null(await connection.ExecuteScalarPreparedAsync<long?>("SELECT n FROM t WHERE id = @id", new { id = 1 }, null));
    }

    [Fact]
    public async Task The_same_statement_run_again_binds_the_new_values_and_reads_dates_and_narrower_numbers()
    {
        await connection.ExecutePreparedAsync("INSERT INTO t (id, day, n) VALUES (@id, @day, @n)",
            new[] { new { id = 1L, day = new LocalDate(2026, 12, 1), n = 5 }, new { id = 2L, day = new LocalDate(2026, 12, 2), n = 7 } }, null);

        Assert.Equal(new LocalDate(2026, 12, 2), await connection.ExecuteScalarPreparedAsync<LocalDate?>("SELECT day FROM t WHERE id = @id", new { id = 2 }, null));
        Assert.Equal(5, await connection.ExecuteScalarPreparedAsync<int?>("SELECT n FROM t WHERE id = @id", new { id = 1 }, null));
        Assert.Equal([5, 7], await connection.QueryPreparedAsync<int>("SELECT n FROM t ORDER BY id", null, null));
    }

    [Fact]
    public async Task A_dictionary_of_parameters_is_refused_rather_than_run_once_per_pair() =>
        await Assert.ThrowsAsync<NotSupportedException>(() =>
            connection.ExecutePreparedAsync("DELETE FROM t WHERE id = @id", new Dictionary<string, object> { ["id"] = 1 }, null));

    public void Dispose() => connection.Dispose();
}
