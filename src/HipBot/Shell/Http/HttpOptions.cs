using HipBot.Shell.Hosting;

namespace HipBot.Shell.Http;

/// <summary>Where HipBot listens for HTTP (section "Http"): the webhook, /health and /metrics.</summary>
public sealed class HttpOptions : IOptionsSection
{
    public const string Section = "Http";

    static string IOptionsSection.Section => Section;

    /// <summary>
    /// The address Kestrel listens on, such as http://0.0.0.0:8080, behind a reverse proxy that terminates TLS. Empty
    /// (the default) means HipBot opens no port, which is how long polling runs; webhook mode and metrics need one.
    /// </summary>
    public string? ListenUrl { get; set; }

    public bool Listens => !string.IsNullOrWhiteSpace(ListenUrl);

    public IEnumerable<string> Problems()
    {
        if (Listens && !(Uri.TryCreate(ListenUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttp
            && url.AbsolutePath == "/" && string.IsNullOrEmpty(url.Query) && !url.IsDefaultPort))
        {
            yield return $"{Section}__{nameof(ListenUrl)} must be an http address with a port and no path, such as http://0.0.0.0:8080 "
                + "(TLS belongs to the reverse proxy in front), or empty to open no port.";
        }
    }
}
