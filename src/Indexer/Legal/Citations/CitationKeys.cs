using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Citations;

/// <summary>
/// The keys that link a citation to the document it cites: by number ("number:59/2012/nd-cp") or by name
/// ("name:luat to chuc chinh quyen dia phuong", the year of a name left out, as citations often omit it).
/// </summary>
public static partial class CitationKeys
{
    public static string ForNumber(DocumentNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return "number:" + number.Key;
    }

    public static string ForName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = VietnameseAnalyzer.FoldWords(YearSuffix().Replace(name, string.Empty));

        // The constitution is cited as "Hiến pháp", "Hiến pháp năm 2013" or with the country's full name.
        return "name:" + (folded.StartsWith("hien phap", StringComparison.Ordinal) ? "hien phap" : folded);
    }

    /// <summary>
    /// The keys a document answers to: its number, and for laws, codes, ordinances and the constitution
    /// also its name (its title, which for them is the name).
    /// </summary>
    public static IEnumerable<string> Of(DocumentNumber? number, string? type, string? title)
    {
        if (number is not null)
        {
            yield return ForNumber(number);
        }

        if (title is not null && type is "Luật" or "Bộ luật" or "Pháp lệnh" or "Hiến pháp")
        {
            var name = title.StartsWith(type, StringComparison.OrdinalIgnoreCase) ? title : type + " " + title;
            yield return ForName(LetterCase.SentenceCase(name));
        }
    }

    [GeneratedRegex(@"\s+(?:năm|nam)\s+\d{4}\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearSuffix();
}
