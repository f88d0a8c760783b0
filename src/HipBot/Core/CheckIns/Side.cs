namespace HipBot.Core.CheckIns;

/// <summary>Which side a logged count was for. Nearly always both; "2x20 left 3x20 right" is the exception.</summary>
public enum Side
{
    Both = 0,
    Left = 1,
    Right = 2,
}
