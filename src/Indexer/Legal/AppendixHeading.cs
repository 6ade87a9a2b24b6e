using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// The line that opens an appendix (phụ lục), alone on its line: "Phụ lục I", "PHỤ LỤC 02", "Phụ lục số 3", or
/// "PHỤ LỤC" unnumbered. Its title and "(Kèm theo Kế hoạch số …)" follow on the next lines.
/// </summary>
public static partial class AppendixHeading
{
    /// <summary>Reads <paramref name="line"/> as an appendix heading; <paramref name="label"/> is "Phụ lục I" or "Phụ lục".</summary>
    public static bool TryRead(ReadOnlySpan<char> line, out string label)
    {
        var match = Line().Match(line.Trim().ToString());
        label = !match.Success ? string.Empty
            : match.Groups["n"].Success ? "Phụ lục " + match.Groups["n"].Value.ToUpperInvariant()
            : "Phụ lục";
        return match.Success;
    }

    [GeneratedRegex(@"^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+|SỐ\s+)?(?<n>[IVXLC]+|\d{1,2}))?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
