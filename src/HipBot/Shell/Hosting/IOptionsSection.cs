namespace HipBot.Shell.Hosting;

/// <summary>An options class bound from one configuration section and checked before HipBot starts.</summary>
public interface IOptionsSection
{
    /// <summary>The configuration section; with "__" after it, also the prefix of its environment variables.</summary>
    static abstract string Section { get; }

    /// <summary>
    /// One line for each value that cannot work, naming the setting as an environment variable (Section__Key);
    /// none when all is well. A line never echoes a secret.
    /// </summary>
    IEnumerable<string> Problems();
}
