using System.Collections.Frozen;

namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// Recognises legal document numbers in text: <c>number[/year]/SYMBOL[-SYMBOL…]</c>, tolerating the variants
/// met in practice: spaces around '/' and '-' ("242 / QĐ - TTg"), lower case, NĐ or ND, leading zeros.
/// </summary>
internal static class LegalNumberRecognizer
{
    private const int MaxSpaces = 2;
    private const int MaxSegmentLength = 12;
    private const int MaxSegments = 5;

    private static readonly char[] Digits = [.. "0123456789"];

    /// <summary>
    /// First symbol segments (folded) that name a document type or issuer. A lower-case symbol is accepted as
    /// a number only when its first segment is one of these or it has several segments, so that prose like
    /// "1/ba" is not mistaken for a number; an upper-case symbol is always accepted.
    /// </summary>
    public static readonly FrozenSet<string> KnownTypeSymbols = new[]
    {
        "nd", "qd", "tt", "ttlt", "nq", "nqlt", "kh", "bc", "ct", "ttr", "tb", "cv", "hd", "vbhn", "qh", "ubtvqh",
        "ubnd", "hdnd", "lct", "pl", "al", "kl", "qc", "bb", "gp", "ctr", "da",
    }.ToFrozenSet();

    /// <summary>Tries to read a number starting at <paramref name="start"/>, which must be an ASCII digit.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, int start, out LegalNumberMatch? match)
    {
        match = null;
        if (start >= text.Length || !char.IsAsciiDigit(text[start]) || (start > 0 && IsWordChar(text[start - 1])))
        {
            return false;
        }

        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 6)
        {
            i++;
        }

        if (i < text.Length && char.IsAsciiLetter(text[i]) && (i + 1 == text.Length || !IsWordChar(text[i + 1])))
        {
            i++; // inserted numbers: "01a/2020/TT-BTC"
        }

        var number = LegalNumberKeys.CanonicalNumber(text[start..i]);
        if (!SkipSeparator(text, ref i, '/'))
        {
            return false;
        }

        int? year = null;
        var yearEnd = i;
        while (yearEnd < text.Length && char.IsAsciiDigit(text[yearEnd]))
        {
            yearEnd++;
        }

        if (yearEnd - i == 4 && (yearEnd == text.Length || !IsWordChar(text[yearEnd])))
        {
            var y = int.Parse(text[i..yearEnd], provider: null);
            var afterYear = yearEnd;
            if (y is >= 1945 and <= 2100 && SkipSeparator(text, ref afterYear, '/'))
            {
                year = y;
                i = afterYear;
            }
            else
            {
                return false;
            }
        }

        var segments = new List<string>(3);
        var sawUpper = false;
        while (segments.Count < MaxSegments)
        {
            var segStart = i;
            while (i < text.Length && i - segStart < MaxSegmentLength && IsSymbolChar(text[i], i == segStart))
            {
                sawUpper |= char.IsUpper(text[i]);
                i++;
            }

            if (i == segStart || (i < text.Length && IsWordChar(text[i])))
            {
                return false;
            }

            segments.Add(new string(text[segStart..i]).ToLowerInvariant());
            var next = i;
            if (!SkipSeparator(text, ref next, '-') || next >= text.Length || !char.IsLetter(text[next]))
            {
                break;
            }

            i = next;
        }

        // "qh15" typed in lower case is the National Assembly's symbol with its term, as "QH15" is.
        if (!sawUpper && segments.Count == 1 && !KnownTypeSymbols.Contains(WordNormalizer.Fold(segments[0]).TrimEnd(Digits)))
        {
            return false;
        }

        match = new LegalNumberMatch(number, year, segments, start, i);
        return true;
    }

    /// <summary>Skips spaces, the separator, spaces; leaves <paramref name="i"/> unchanged when absent.</summary>
    private static bool SkipSeparator(ReadOnlySpan<char> text, ref int i, char separator)
    {
        var j = SkipSpaces(text, i);
        if (j >= text.Length || text[j] != separator)
        {
            return false;
        }

        i = SkipSpaces(text, j + 1);
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        var spaces = 0;
        while (i < text.Length && spaces < MaxSpaces && (text[i] == ' ' || text[i] == '\u00A0'))
        {
            i++;
            spaces++;
        }

        return i;
    }

    private static bool IsSymbolChar(char c, bool first) =>
        VietnameseLetters.ClassOf(c) == CharClass.Letter || (!first && char.IsAsciiDigit(c));

    private static bool IsWordChar(char c) => VietnameseLetters.ClassOf(c) is CharClass.Letter or CharClass.Digit;
}
