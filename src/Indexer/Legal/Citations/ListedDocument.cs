using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Citations;

/// <summary>
/// A document as a portal's list names it: type, number and title in one line ("Luật 50/2014/QH13 Xây dựng",
/// "Hiến pháp Không số Hiến pháp năm 2013", "Quyết định 1081/QĐ-TTg Về việc …").
/// </summary>
public sealed record ListedDocument(string? Type, DocumentNumber? Number, string? Title)
{
    /// <summary>Reads <paramref name="line"/>: the longest type name it starts with, then the number (or "Không số"), then the title.</summary>
    public static ListedDocument Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? type = null;
        var next = 0;
        for (var n = Math.Min(4, words.Length); n >= 1 && type is null; n--)
        {
            var head = string.Join(' ', words[..n]);
            if (DocumentTypes.Names.Any(t => string.Equals(VietnameseAnalyzer.FoldWords(t), VietnameseAnalyzer.FoldWords(head), StringComparison.Ordinal)))
            {
                (type, next) = (DocumentTypes.Resolve(head), n);
            }
        }

        // A type the table does not know ("Lệnh 18/2013/L-CTN") is still the word before the number.
        if (type is null && words.Length > 1 && words[1].Contains('/', StringComparison.Ordinal) && DocumentNumberParser.TryParse(words[1]) is not null)
        {
            (type, next) = (words[0], 1);
        }

        DocumentNumber? number = null;
        if (next + 1 < words.Length && VietnameseAnalyzer.FoldWords(words[next] + " " + words[next + 1]) == "khong so")
        {
            next += 2;
        }
        else if (next < words.Length && DocumentNumberParser.TryParse(words[next]) is { } parsed && words[next].Contains('/', StringComparison.Ordinal))
        {
            (number, next) = (parsed, next + 1);
        }

        var rest = string.Join(' ', words[next..]);
        if (rest.Length == 0)
        {
            return new ListedDocument(type, number, null);
        }

        // Laws, codes and ordinances are named by type and name: the portal lists "Luật 50/2014/QH13 Xây dựng".
        var title = type is "Luật" or "Bộ luật" or "Pháp lệnh" && !VietnameseAnalyzer.FoldWords(rest).StartsWith(VietnameseAnalyzer.FoldWords(type), StringComparison.Ordinal)
            ? type + " " + rest
            : rest;
        return new ListedDocument(type, number, title);
    }
}
