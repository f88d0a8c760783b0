using HipBot.Core.Privacy;

namespace HipBot.Tests.Core.Privacy;

public class CsvTests
{
    [Fact]
    public void A_header_and_rows_become_lines_ended_by_crlf()
    {
        var text = Csv.Write(["date", "outcome"], [["2026-11-24", "done"], ["2026-11-25", "missed"]]);

        Assert.Equal("date,outcome\r\n2026-11-24,done\r\n2026-11-25,missed\r\n", text);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData("", "")]
    [InlineData("São Paulo ✅", "São Paulo ✅")]
    public void A_field_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string field, string written) =>
        Assert.Equal($"x\r\n{written}\r\n", Csv.Write(["x"], [[field]]));

    [Fact]
    public void A_row_that_does_not_match_the_header_is_refused_rather_than_shifting_the_columns() =>
        Assert.Throws<ArgumentException>(() => Csv.Write(["a", "b"], [["only one"]]));
}
