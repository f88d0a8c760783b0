namespace HipBot.Core.CheckIns;

internal enum TokenKind
{
    Word = 0,
    Number = 1,
    Times = 2,
    Break = 3,
    Question = 4,
}

/// <summary>A lower-cased word, a number, an "x" between counts, or a punctuation break.</summary>
internal readonly record struct Token(TokenKind Kind, string Text = "", int Value = 0);
