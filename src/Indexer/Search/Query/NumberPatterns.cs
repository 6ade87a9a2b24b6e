using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;

namespace LawMonitor.Indexer.Search.Query;

/// <summary>
/// Finds document numbers and dates in typed text, including the partial forms people type:
/// "19/2020/NĐ-CP" (full), "nd 19/2020" or "nghị định số 19/2020" (type, number, year), "QĐ 242" (type and
/// number), "19/2020" (number and year).
/// </summary>
internal static class NumberPatterns
{
    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.Ordinal)
    {
        ["nghi dinh"] = "nd",
        ["quyet dinh"] = "qd",
        ["thong tu"] = "tt",
        ["nghi quyet"] = "nq",
        ["ke hoach"] = "kh",
        ["bao cao"] = "bc",
        ["chi thi"] = "ct",
        ["to trinh"] = "ttr",
        ["thong bao"] = "tb",
        ["cong van"] = "cv",
        ["phap lenh"] = "pl",
        ["thong tu lien tich"] = "ttlt",
        ["van ban hop nhat"] = "vbhn",
    };

    /// <summary>A key found in the text and the word positions it stands for.</summary>
    public sealed record Found(KeyItem Item, int FirstPosition, int LastPosition);

    /// <summary>Keys in <paramref name="text"/>, whose tokens are <paramref name="tokens"/>, in text order.</summary>
    public static List<Found> Find(string text, IReadOnlyList<Token> tokens)
    {
        var words = tokens.Where(t => !t.IsKey).ToList();
        var covered = new bool[words.Count];
        var found = new List<Found>();

        // Full numbers and dates, recognised by the analyzer: the first key of a span is the most specific.
        foreach (var group in tokens.Where(t => t.IsKey).GroupBy(t => (t.Start, t.End)))
        {
            var key = group.First();
            var first = words.FindIndex(w => w.Start >= key.Start);
            var last = words.FindLastIndex(w => w.End <= key.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            if (key.Kind == TokenKind.LegalNumber && first > 0 && !covered[first - 1] && words[first - 1].Folded == "so")
            {
                first--; // "số 242/QĐ-TTg": "số" only announces the number
            }

            Cover(covered, first, last);
            found.Add(new Found(new KeyItem(key.Kind, key.Text, text[words[first].Start..key.End]), first, last));
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (covered[i] || !TryType(words, i, out var symbol, out var next))
            {
                continue;
            }

            if (next < words.Count && words[next].Folded == "so")
            {
                next++;
            }

            if (next >= words.Count || covered[next] || words[next].Kind != TokenKind.Number)
            {
                continue;
            }

            var number = LegalNumberKeys.CanonicalNumber(words[next].Text);
            var last = next;
            string key;
            if (TryYear(text, words, covered, next, out var year))
            {
                last = next + 1;
                key = symbol == "l" ? LegalNumberKeys.NumberYear(number, year) : LegalNumberKeys.NumberYearType(number, year, symbol);
            }
            else if (symbol != "l")
            {
                key = LegalNumberKeys.NumberType(number, symbol);
            }
            else
            {
                continue;
            }

            Cover(covered, i, last);
            found.Add(new Found(new KeyItem(TokenKind.LegalNumber, key, text[words[i].Start..words[last].End]), i, last));
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!covered[i] && words[i].Kind == TokenKind.Number && TryYear(text, words, covered, i, out var year))
            {
                var key = LegalNumberKeys.NumberYear(LegalNumberKeys.CanonicalNumber(words[i].Text), year);
                Cover(covered, i, i + 1);
                found.Add(new Found(new KeyItem(TokenKind.LegalNumber, key, text[words[i].Start..words[i + 1].End]), i, i + 1));
            }
        }

        found.Sort((a, b) => a.FirstPosition.CompareTo(b.FirstPosition));
        return found;
    }

    /// <summary>Whether words from <paramref name="i"/> name a document type; <paramref name="next"/> is the word after.</summary>
    private static bool TryType(List<Token> words, int i, out string symbol, out int next)
    {
        for (var length = 4; length >= 2; length--)
        {
            if (i + length <= words.Count)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(length).Select(w => w.Folded));
                if (TypeNames.TryGetValue(phrase, out var s))
                {
                    symbol = s;
                    next = i + length;
                    return true;
                }
            }
        }

        var folded = words[i].Folded;
        next = i + 1;
        symbol = folded;
        if (folded == "luat")
        {
            symbol = "l";
            return true;
        }

        return words[i].Kind == TokenKind.Word && LegalNumberRecognizer.KnownTypeSymbols.Contains(folded) && DocumentTypes.FromSymbol(folded) is not null;
    }

    /// <summary>Whether word <paramref name="i"/> is followed by "/" and a plausible year.</summary>
    private static bool TryYear(string text, List<Token> words, bool[] covered, int i, out int year)
    {
        year = 0;
        if (i + 1 >= words.Count || covered[i + 1] || words[i + 1].Kind != TokenKind.Number || words[i + 1].Text.Length != 4)
        {
            return false;
        }

        var between = text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).Trim();
        return between.SequenceEqual("/")
               && int.TryParse(words[i + 1].Text, System.Globalization.CultureInfo.InvariantCulture, out year)
               && year is >= 1945 and <= 2100;
    }

    private static void Cover(bool[] covered, int first, int last)
    {
        for (var i = first; i <= last && i < covered.Length; i++)
        {
            covered[i] = true;
        }
    }
}
