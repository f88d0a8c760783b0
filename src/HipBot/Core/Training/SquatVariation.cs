namespace HipBot.Core.Training;

/// <summary>Which way the traveling squats travel: the post's harder variation goes forward and back on an angle.</summary>
public enum SquatVariation
{
    SideToSide = 0,
    ForwardBackward = 1,
}
