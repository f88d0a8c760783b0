namespace HipBot.Core.Privacy;

/// <summary>
/// How long HipBot keeps what is only transport (updates received, messages sent). One number, so the privacy page
/// promises exactly what housekeeping does.
/// </summary>
public static class Retention
{
    public const int TransportDays = 7;
}
