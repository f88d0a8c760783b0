using System.Globalization;
using Dapper;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;

namespace HipBot.Tests.Support;

/// <summary>Databases as older HipBots left them, for the tests of what an upgrade does to them.</summary>
internal static class LegacySchema
{
    /// <summary>A new database built by the embedded migrations up to <paramref name="version"/> only, as that HipBot built it.</summary>
    public static async Task CreateAsync(Database database, int version)
    {
        var assembly = typeof(Migrator).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.Split('.')[^2].Split('_')[0], CultureInfo.InvariantCulture), Name: n))
            .Where(s => s.Version <= version)
            .OrderBy(s => s.Version);
        await using var connection = await database.OpenAsync();
        foreach (var (_, name) in scripts)
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            await connection.ExecuteAsync(await reader.ReadToEndAsync());
        }
        await connection.ExecuteAsync($"PRAGMA user_version = {version}");
    }

    /// <summary>
    /// A running bot's database taken back to schema 3's tables, so the upgrade from there runs again: migration 4
    /// changes no table, the columns migration 5 added and the tables migration 9 made are dropped (their outbox rebuilds
    /// may run again as they are).
    /// </summary>
    public static Task RewindToSchema3Async(SqliteConnection connection) =>
        connection.ExecuteAsync(
            """
            DROP TABLE group_setup_links;
            DROP TABLE group_members;
            DROP TABLE groups;
            ALTER TABLE check_ins DROP COLUMN side;
            ALTER TABLE check_ins DROP COLUMN source;
            PRAGMA user_version = 3;
            """);
}
