namespace HipBot.Core.CheckIns;

internal enum TokenKind
{
    Word = 0,
    Number = 1,
    Times = 2,
    Break = 3,
    Question = 4,
    /// <summary>A clock time or a decimal ("6:30", "21.1"): a number that is never a count.</summary>
    Measure = 5,
    /// <summary>"3 days ago", "a week ago": <see cref="Token.Value"/> days back.</summary>
    DaysBack = 6,
}

/// <summary>A lower-cased word, a number, an "x" between counts, or a punctuation break.</summary>
internal readonly record struct Token(TokenKind Kind, string Text = "", int Value = 0);
