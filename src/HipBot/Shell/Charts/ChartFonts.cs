using ScottPlot;
using SkiaSharp;

namespace HipBot.Shell.Charts;

/// <summary>
/// The font every chart is drawn with: Lato (SIL Open Font License 1.1, see Fonts/LICENSE-Lato.txt), embedded in the
/// binary. The Skia build HipBot ships needs no system libraries and finds no system fonts in a slim container, so a
/// chart that asked the system for a font would draw no text at all there; with its own font it draws the same
/// picture on every machine.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The family name charts ask for; the resolver below answers it before ScottPlot looks at the system.</summary>
    public const string Name = "HipBot Lato";

    private static readonly Lock Gate = new();
    private static bool installed;

    /// <summary>Puts the font ahead of the system's, once per process; ScottPlot keeps its font list in static state.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (installed)
            {
                return;
            }
            Fonts.FontResolvers.Insert(0, new EmbeddedResolver(Load("Lato-Regular.ttf"), Load("Lato-Bold.ttf")));
            // Anything a chart draws without naming a font (a legend's measuring, a label added later) uses this one too.
            Fonts.Default = Name;
            installed = true;
        }
    }

    private static SKTypeface Load(string file)
    {
        var name = typeof(ChartFonts).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font {file} cannot be read.");
    }

    private sealed class EmbeddedResolver(SKTypeface regular, SKTypeface bold) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            fontName == Name ? (weight >= FontWeight.SemiBold ? bold : regular) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
    }
}
