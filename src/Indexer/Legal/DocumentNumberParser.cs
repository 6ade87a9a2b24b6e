using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>Reads a document number written on its own ("19/2020/NĐ-CP", "số 242/QĐ-TTg", "242 / qd - ttg").</summary>
public static class DocumentNumberParser
{
    /// <summary>The first document number in <paramref name="text"/>, or null.</summary>
    public static DocumentNumber? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && LegalNumberRecognizer.TryMatch(text, i, out var match))
            {
                return FromMatch(text, match!);
            }
        }

        return null;
    }

    /// <summary>The number for a recognised match; the display form keeps the original letters, spaces removed.</summary>
    internal static DocumentNumber FromMatch(string text, LegalNumberMatch match)
    {
        var display = new string(text.AsSpan(match.Start, match.End - match.Start).ToArray().Where(c => !char.IsWhiteSpace(c)).ToArray());

        // A precedent's symbol is always "AL"; a digit after it is a footnote mark printed as superscript ("33/2020/AL1").
        if (match.Symbol.Count == 1 && match.Symbol[0].Length > 2 && match.Symbol[0].StartsWith("al", StringComparison.Ordinal) && match.Symbol[0][2..].All(char.IsAsciiDigit))
        {
            match = match with { Symbol = ["al"] };
            display = display[..^(display.Length - display.LastIndexOf('/') - 3)];
        }

        return new DocumentNumber(display, match.FullKey, match.Keys().ToList(), match.Year, match.TypeSymbol);
    }
}
