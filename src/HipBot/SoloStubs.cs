// TEMPORARY while the training helper finishes; only compiled with -p:Solo=true.
namespace HipBot.Training;

internal static class ProgramLadder
{
    public static int StartLevel(bool hasBand) => hasBand ? 2 : 1;
}
