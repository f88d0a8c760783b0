// TEMPORARY until the ladder lands (helper work); deleted then.
namespace HipBot.Training;
public static class ProgramLadder
{
    public static int StartLevel(bool hasBand) => hasBand ? 3 : 1;
}
