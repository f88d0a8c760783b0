using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;

namespace HipBot.Shell.Storage;

/// <summary>
/// Dapper's shape (SQL, a parameter object, the transaction) over statements compiled once per connection and kept:
/// Microsoft.Data.Sqlite keeps a compiled statement only with the command that compiled it, and Dapper makes a command
/// per call, so every execution parsed and planned its SQL (and the triggers it fires) anew. The writer's connection
/// lives as long as the process, so on it each statement of a turn is compiled once; on a short-lived connection the
/// cache goes with the connection. Rows are read by Dapper's own row parsers, so row classes and type handlers stay.
/// </summary>
/// <remarks>
/// A connection is used by one caller at a time (the writer runs one job at a time), so a cached command is never
/// executed while its own reader is open; the table itself is shared, so it is a <see cref="ConditionalWeakTable{TKey, TValue}"/>.
/// </remarks>
internal static class PreparedStatements
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Caches = [];
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ParameterProperties = new();

    public static Task<int> ExecutePreparedAsync(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction)
    {
        var command = Command(connection, transaction, sql);
        if (param is IEnumerable many and not string)
        {
            // Dapper's convention: a sequence of parameter objects runs the statement once for each.
            var affected = 0;
            foreach (var one in many)
            {
                affected += Bind(command, one).ExecuteNonQuery();
            }
            return Task.FromResult(affected);
        }
        return Task.FromResult(Bind(command, param).ExecuteNonQuery());
    }

    /// <summary>Runs the statement with the properties of <paramref name="param"/> and one more named value beside them.</summary>
    public static Task<int> ExecutePreparedAsync(this SqliteConnection connection, string sql, object param, string name, object? value, SqliteTransaction? transaction)
    {
        var command = Bind(Command(connection, transaction, sql), param, name);
        command.Parameters[^1].Value = SqlTypes.ToDatabase(value);
        return Task.FromResult(command.ExecuteNonQuery());
    }

    public static Task<List<T>> QueryPreparedAsync<T>(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction)
    {
        using var reader = Bind(Command(connection, transaction, sql), param).ExecuteReader();
        // Parse, not GetRowParser: it also converts a single column to a simple type (a long read as int?, a date as LocalDate).
        return Task.FromResult(reader.Parse<T>().ToList());
    }

    public static async Task<T?> QueryFirstOrDefaultPreparedAsync<T>(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction) =>
        (await connection.QueryPreparedAsync<T>(sql, param, transaction)).FirstOrDefault();

    public static async Task<T?> ExecuteScalarPreparedAsync<T>(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction) =>
        (await connection.QueryPreparedAsync<T>(sql, param, transaction)).FirstOrDefault();

    /// <summary>Hands the open reader to <paramref name="read"/>: for the turn's hottest reads, where a typed loop beats a row parser.</summary>
    public static Task<T> ReadPreparedAsync<T>(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction, Func<SqliteDataReader, T> read)
    {
        using var reader = Bind(Command(connection, transaction, sql), param).ExecuteReader();
        return Task.FromResult(read(reader));
    }

    /// <summary>Reads each row as two objects, the second starting at column <paramref name="splitAt"/> (Dapper's multi-mapping).</summary>
    public static Task<List<TResult>> QueryPreparedAsync<TFirst, TSecond, TResult>(
        this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction, int splitAt, Func<TFirst, TSecond, TResult> map)
    {
        using var reader = Bind(Command(connection, transaction, sql), param).ExecuteReader();
        var rows = new List<TResult>();
        var first = reader.GetRowParser<TFirst>(startIndex: 0, length: splitAt);
        var second = reader.GetRowParser<TSecond>(startIndex: splitAt);
        while (reader.Read())
        {
            rows.Add(map(first(reader), second(reader)));
        }
        return Task.FromResult(rows);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var cache = Caches.GetValue(connection, _ => []);
        if (!cache.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            command.Prepare();
            cache[sql] = command;
        }
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Sets the command's parameters to the properties of <paramref name="param"/>, each value as <see cref="SqlTypes"/> stores it.</summary>
    private static SqliteCommand Bind(SqliteCommand command, object? param, string? extra = null)
    {
        var parameters = command.Parameters;
        if (param is null)
        {
            parameters.Clear();
            return command;
        }
        var properties = ParameterProperties.GetOrAdd(param.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance));
        if (!SameNames(parameters, properties, extra))
        {
            parameters.Clear();
            foreach (var property in properties)
            {
                parameters.Add(new SqliteParameter { ParameterName = "@" + property.Name });
            }
            if (extra is not null)
            {
                parameters.Add(new SqliteParameter { ParameterName = "@" + extra });
            }
        }
        for (var i = 0; i < properties.Length; i++)
        {
            parameters[i].Value = SqlTypes.ToDatabase(properties[i].GetValue(param));
        }
        return command;
    }

    private static bool SameNames(SqliteParameterCollection parameters, PropertyInfo[] properties, string? extra)
    {
        if (parameters.Count != properties.Length + (extra is null ? 0 : 1))
        {
            return false;
        }
        for (var i = 0; i < properties.Length; i++)
        {
            var name = parameters[i].ParameterName;
            if (name.Length != properties[i].Name.Length + 1 || !name.AsSpan(1).SequenceEqual(properties[i].Name))
            {
                return false;
            }
        }
        return true;
    }
}
