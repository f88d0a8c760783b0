using System.Data;
using Dapper;
using HipBot.Core.Chats;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Shell.Storage;

/// <summary>
/// How NodaTime values live in SQLite, in one place: instants as Unix milliseconds (INTEGER), local dates as ISO text
/// ("2026-11-25", which sorts and compares as text), local times as "HH:mm". Dapper maps snake_case columns to
/// PascalCase properties, so row classes need no aliases.
/// </summary>
internal static class SqlTypes
{
    private static readonly Lock Gate = new();
    private static bool registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }
            DefaultTypeMap.MatchNamesWithUnderscores = true;
            SqlMapper.AddTypeHandler(new InstantHandler());
            SqlMapper.AddTypeHandler(new LocalDateHandler());
            SqlMapper.AddTypeHandler(new LocalTimeHandler());
            registered = true;
        }
    }

    /// <summary>A value as its column holds it, for statements bound without Dapper (<see cref="PreparedStatements"/>); the same forms as the handlers below.</summary>
    public static object ToDatabase(object? value) => value switch
    {
        null => DBNull.Value,
        Instant instant => ToMs(instant),
        LocalDate date => IsoDate.Format(date),
        LocalTime time => TimePattern.Format(time),
        Enum e => Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>A column's value as <typeparamref name="T"/>: the forms above read back, anything else changed in type (a long read as int?).</summary>
    public static T FromDatabase<T>(object value)
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object read = type == typeof(LocalDate) ? IsoDate.Parse((string)value)
            : type == typeof(Instant) ? FromMs(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture))
            : type == typeof(LocalTime) ? TimePattern.Parse((string)value).GetValueOrThrow()
            : value is T ? value
            : Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
        return (T)read;
    }

    /// <summary>A local date column as its day number (days since 1970-01-01), for typed reads that turn it into a date without parsing text.</summary>
    public static string DayNumberOf(string column) => $"CAST(julianday({column}) - 2440587.5 AS INTEGER)";

    public static LocalDate FromDayNumber(int days) => Epoch.PlusDays(days);

    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static long ToMs(Instant instant) => instant.ToUnixTimeMilliseconds();

    private static Instant FromMs(long ms) => Instant.FromUnixTimeMilliseconds(ms);

    private sealed class InstantHandler : SqlMapper.TypeHandler<Instant>
    {
        public override void SetValue(IDbDataParameter parameter, Instant value)
        {
            parameter.DbType = DbType.Int64;
            parameter.Value = ToMs(value);
        }

        public override Instant Parse(object value) => FromMs(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class LocalDateHandler : SqlMapper.TypeHandler<LocalDate>
    {
        public override void SetValue(IDbDataParameter parameter, LocalDate value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = IsoDate.Format(value);
        }

        // Only this code writes these columns: anything else is a broken invariant and throws.
        public override LocalDate Parse(object value) => IsoDate.Parse((string)value);
    }

    private sealed class LocalTimeHandler : SqlMapper.TypeHandler<LocalTime>
    {
        public override void SetValue(IDbDataParameter parameter, LocalTime value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = TimePattern.Format(value);
        }

        public override LocalTime Parse(object value) => TimePattern.Parse((string)value).GetValueOrThrow();
    }
}
