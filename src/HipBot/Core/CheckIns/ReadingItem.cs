using HipBot.Core.Training;

namespace HipBot.Core.CheckIns;

internal enum ItemKind
{
    Exercise = 0,
    Count,
    Done,
    Bare,
    /// <summary>A comma, full stop or line break: where one clause of a list ends.</summary>
    Break,
}

/// <summary>An exercise, a count, a "done", a lone number or a clause break — in the order the message said them.</summary>
/// <param name="Position">Where in the message (lexeme index) an exercise was named.</param>
internal readonly record struct Item(ItemKind Kind, Exercise Exercise = default, Count Count = default, int Bare = 0, int Position = -1);
