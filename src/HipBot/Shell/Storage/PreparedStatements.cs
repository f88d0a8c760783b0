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
/// cache goes with the connection. Rows are read by Dapper's own row parsers, so row classes and type handlers stay; what
/// every turn reads goes through <see cref="ReadPreparedAsync"/> and a typed loop instead.
/// </summary>
/// <remarks>
/// A connection is used by one caller at a time (the writer runs one job at a time). A caller must not run a statement
/// while reading the rows of the same one (Microsoft.Data.Sqlite refuses it); the table itself is shared, so it is a
/// <see cref="ConditionalWeakTable{TKey, TValue}"/>.
/// </remarks>
internal static class PreparedStatements
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Caches = [];
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ParameterProperties = new();

    public static Task<int> ExecutePreparedAsync(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction)
    {
        var command = Command(connection, transaction, sql);
        if (param is IEnumerable many and not string and not IDictionary)
        {
            // Dapper's convention: a sequence of parameter objects runs the statement once for each.
            var affected = 0;
            foreach (var one in many)
            {
                affected += Run(Bind(command, one), c => c.ExecuteNonQuery());
            }
            return Task.FromResult(affected);
        }
        return Task.FromResult(Run(Bind(command, param), c => c.ExecuteNonQuery()));
    }

    /// <summary>Runs the statement with the properties of <paramref name="param"/> and one more named value beside them.</summary>
    public static Task<int> ExecutePreparedAsync(this SqliteConnection connection, string sql, object param, string name, object? value, SqliteTransaction? transaction)
    {
        var command = Bind(Command(connection, transaction, sql), param, name);
        command.Parameters[^1].Value = SqlTypes.ToDatabase(value);
        return Task.FromResult(Run(command, c => c.ExecuteNonQuery()));
    }

    // Parse, not GetRowParser: it also converts a single column to a simple type (a long read as int?, a date as LocalDate).
    public static Task<List<T>> QueryPreparedAsync<T>(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction) =>
        connection.ReadPreparedAsync(sql, param, transaction, reader => reader.Parse<T>().ToList());

    /// <summary>The first row, or default when there is none; the rest are not read.</summary>
    public static Task<T?> QueryFirstOrDefaultPreparedAsync<T>(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction) =>
        connection.ReadPreparedAsync(sql, param, transaction, reader => reader.Parse<T>().FirstOrDefault());

    /// <summary>The first column of the first row; default for no row or NULL, as Dapper's ExecuteScalar.</summary>
    public static Task<T?> ExecuteScalarPreparedAsync<T>(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction) =>
        connection.ReadPreparedAsync(sql, param, transaction, reader =>
        {
            if (!reader.Read() || reader.IsDBNull(0))
            {
                return default;
            }
            return SqlTypes.FromDatabase<T>(reader.GetValue(0));
        });

    /// <summary>Hands the open reader to <paramref name="read"/>: for the turn's hottest reads, where a typed loop beats a row parser.</summary>
    public static Task<T> ReadPreparedAsync<T>(this SqliteConnection connection, string sql, object? param, SqliteTransaction? transaction, Func<SqliteDataReader, T> read) =>
        Task.FromResult(Run(Bind(Command(connection, transaction, sql), param), command =>
        {
            using var reader = command.ExecuteReader();
            return read(reader);
        }));

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var cache = Caches.GetValue(connection, _ => []);
        if (!cache.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            try
            {
                command.CommandText = sql;
                command.Transaction = transaction;
                command.Prepare();
            }
            catch
            {
                command.Dispose();
                throw;
            }
            cache[sql] = command;
        }
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Runs the bound command, then lets go of the values: a cached command must not keep a user's words alive.</summary>
    private static T Run<T>(SqliteCommand command, Func<SqliteCommand, T> execute)
    {
        try
        {
            return execute(command);
        }
        finally
        {
            foreach (SqliteParameter parameter in command.Parameters)
            {
                parameter.Value = DBNull.Value;
            }
        }
    }

    /// <summary>Sets the command's parameters to the properties of <paramref name="param"/>, each value as <see cref="SqlTypes"/> stores it.</summary>
    /// <remarks>Plain objects only: Dapper's dictionaries, DynamicParameters and list expansion (IN @ids) are not supported here.</remarks>
    private static SqliteCommand Bind(SqliteCommand command, object? param, string? extra = null)
    {
        var parameters = command.Parameters;
        if (param is null)
        {
            parameters.Clear();
            return command;
        }
        if (param is IDictionary or SqlMapper.IDynamicParameters)
        {
            throw new NotSupportedException($"Bind the properties of a plain object, not a {param.GetType().Name}.");
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
            if (!Named(parameters[i], properties[i].Name))
            {
                return false;
            }
        }
        return extra is null || Named(parameters[^1], extra);
    }

    private static bool Named(SqliteParameter parameter, string name)
    {
        var bound = parameter.ParameterName;
        return bound.Length == name.Length + 1 && bound.AsSpan(1).SequenceEqual(name);
    }
}
