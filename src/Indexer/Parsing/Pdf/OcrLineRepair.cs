using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>
/// Repairs what OCR does to structure lines of scanned legal texts, so that they are read as structure:
/// specks before a heading ("` Điều 18.", "„ Chương V", "__ Chương VI", "- - : Chương H - -") and Roman
/// numerals read as letters ("Chương H" for II, "HI" for III, "TV" for IV, "Mục Í" for Mục 1). Prose lines
/// are left as read.
/// </summary>
internal static partial class OcrLineRepair
{
    private static readonly Dictionary<string, string> ChapterNumerals = new(StringComparer.Ordinal)
    {
        ["Í"] = "I", ["l"] = "I", ["1"] = "I", ["H"] = "II", ["Il"] = "II", ["lI"] = "II", ["11"] = "II", ["HI"] = "III", ["IH"] = "III",
        ["Ill"] = "III", ["TV"] = "IV", ["IY"] = "IV", ["lV"] = "IV", ["Y"] = "V", ["VỊ"] = "VI", ["VI"] = "VI", ["VH"] = "VII", ["VHI"] = "VIII",
    };

    public static string Repair(string line)
    {
        var heading = JunkBeforeHeading().Match(line);
        if (!heading.Success)
        {
            return line;
        }

        var repaired = line[heading.Groups["rest"].Index..];
        var chapter = ChapterLine().Match(repaired);
        if (chapter.Success)
        {
            var label = chapter.Groups["n"].Value;
            var kind = chapter.Groups["kind"].Value;
            var fixedLabel = kind.StartsWith("M", StringComparison.Ordinal)
                ? (label is "Í" or "I" or "l" ? "1" : label)
                : ChapterNumerals.GetValueOrDefault(label, label);
            return $"{kind} {fixedLabel}";
        }

        return repaired;
    }

    /// <summary>A heading word after nothing but specks and punctuation.</summary>
    [GeneratedRegex(@"^[\s`'""„“”_~¬ˆ\-–—:.,;|]*(?<rest>(?:Chương|CHƯƠNG|Mục|MỤC|Điều|Điêu|Điểu)\s+\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex JunkBeforeHeading();

    /// <summary>"Chương HI", "Mục Í", with trailing specks: the whole line is the heading.</summary>
    [GeneratedRegex(@"^(?<kind>Chương|CHƯƠNG|Mục|MỤC)\s+(?<n>[IVXLHTYÍlỊ1]{1,5}|\d{1,2})[\s\-–—.:_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterLine();
}
