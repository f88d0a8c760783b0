namespace HipBot.Shell.Hosting;

/// <summary>A problem an operator fixes by changing a setting; shown as one line, without a stack trace.</summary>
public sealed class StartupException(string message) : Exception(message);
