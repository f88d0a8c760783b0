namespace HipBot.Core.Setup.Parsing;

/// <summary>
/// Maps accented Latin letters to their plain lowercase letter ("ü" → "u", "ł" → "l", "ồ" → "o").
/// String.Normalize cannot do this here: with InvariantGlobalization on it leaves text undecomposed.
/// Covers Latin-1, Latin Extended-A and Latin Extended Additional (Vietnamese), which is where place names live.
/// </summary>
internal static class LatinLetters
{
    /// <summary>U+00C0 to U+017F, one base letter per code point; entries that are not letters map to themselves.</summary>
    private const string Latin1AndExtendedA =
        "aaaaaaaceeeeiiiidnooooo×ouuuuytßaaaaaaaceeeeiiiidnooooo÷ouuuuyty"
        + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiĲĳjjkkklllllll"
        + "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>U+1E00 to U+1EFF.</summary>
    private const string ExtendedAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
        + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
        + "wwwwwwwwwwxxxxyyzzzzzzhtwyẚẛẜẝẞẟaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
        + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyyỺỻỼỽỾỿ";

    internal static char Plain(char c) => c switch
    {
        >= '\u00C0' and <= '\u017F' => Latin1AndExtendedA[c - '\u00C0'],
        >= '\u1E00' and <= '\u1EFF' => ExtendedAdditional[c - '\u1E00'],
        _ => c,
    };
}
