using System.Diagnostics;

namespace LawMonitor.Indexer.Tests.Support.Files;

/// <summary>An 8-bit grey image, as Poppler's pdftoppm -gray writes it (binary PGM).</summary>
public sealed record GrayImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>Renders every page of <paramref name="pdf"/> with pdftoppm, as a scanner would have captured the printout.</summary>
    public static IReadOnlyList<GrayImage> Render(byte[] pdf, int dpi)
    {
        var work = Directory.CreateTempSubdirectory("lawmonitor-render-");
        try
        {
            var input = Path.Combine(work.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), input, Path.Combine(work.FullName, "page")])
            {
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("pdftoppm did not start");
            process.WaitForExit();
            return Directory.GetFiles(work.FullName, "page*.pgm").Order(StringComparer.Ordinal).Select(f => ReadPgm(File.ReadAllBytes(f))).ToList();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static GrayImage ReadPgm(byte[] bytes)
    {
        // "P5" width height maxval, each separated by whitespace, then one whitespace byte and the pixels.
        var fields = new List<int>();
        var position = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            fields.Add(int.Parse(bytes.AsSpan(start, position - start), provider: System.Globalization.CultureInfo.InvariantCulture));
        }

        position++;
        return new GrayImage(fields[0], fields[1], bytes[position..(position + (fields[0] * fields[1]))]);
    }
}
