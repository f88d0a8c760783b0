using HipBot.Core.Setup.Parsing;


namespace HipBot.Tests.Core.Setup.Parsing;

public class YesNoAnswerTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("YES")]
    [InlineData("y")]
    [InlineData("Y")]
    [InlineData("yep")]
    [InlineData("yup")]
    [InlineData("yeah")]
    [InlineData("yesss")]
    [InlineData("sure")]
    [InlineData("of course")]
    [InlineData("absolutely")]
    [InlineData("I have one")]
    [InlineData("i have one already")]
    [InlineData("got one")]
    [InlineData("I've got one")]
    [InlineData("I do")]
    [InlineData("yes, a red one")]
    [InlineData("yes but it's not very strong")]
    [InlineData("👍")]
    [InlineData("👍🏽")]
    [InlineData("✅")]
    [InlineData("yes 👍")]
    public void Yes_in_its_many_forms_is_true(string text)
    {
        Assert.True(YesNoAnswer.Parse(text));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("NO")]
    [InlineData("n")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("noooo")]
    [InlineData("not yet")]
    [InlineData("Not yet!")]
    [InlineData("don't have one")]
    [InlineData("I don’t have one")]
    [InlineData("I do not have one")]
    [InlineData("I haven't got one")]
    [InlineData("no, but I'll order one")]
    [InlineData("not really")]
    [InlineData("never had one")]
    [InlineData("👎")]
    [InlineData("❌")]
    public void No_in_its_many_forms_is_false(string text)
    {
        Assert.False(YesNoAnswer.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("maybe")]
    [InlineData("what's a band?")]
    [InlineData("what do you mean")]
    [InlineData("I'll buy one tomorrow")]
    [InlineData("hmm")]
    [InlineData("🤔")]
    [InlineData("👍👎")]
    [InlineData("7:30")]
    public void Answers_that_say_neither_give_null(string text)
    {
        Assert.Null(YesNoAnswer.Parse(text));
    }
}
