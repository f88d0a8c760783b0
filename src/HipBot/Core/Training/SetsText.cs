using System.Globalization;

namespace HipBot.Core.Training;

/// <summary>One spelling of "sets × reps" for every message, so plans, logs and summaries read the same.</summary>
internal static class SetsText
{
    public static string Format(int sets, int repsPerSide) =>
        string.Create(CultureInfo.InvariantCulture, $"{sets} × {repsPerSide}");
}
