using HipBot.Core.Chats;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>A stored local date read back as a day number is the same date, on every kind of day.</summary>
public sealed class DayNumberTests
{
    [Theory]
    [InlineData("1970-01-01")]
    [InlineData("1969-12-31")]
    [InlineData("2024-02-29")]
    [InlineData("2026-03-29")]
    [InlineData("2026-12-02")]
    [InlineData("2099-12-31")]
    public void A_date_read_as_its_day_number_is_the_date_stored(string stored)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqlTypes.DayNumberOf("@date")}";
        command.Parameters.AddWithValue("@date", stored);

        var read = SqlTypes.FromDayNumber(Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(IsoDate.Parse(stored), read);
    }

    [Fact]
    public void The_day_number_counts_from_the_first_of_january_1970() =>
        Assert.Equal(new LocalDate(2026, 12, 2), SqlTypes.FromDayNumber(20_789));
}
