using System.Text;

namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// Turns the raw characters of one word, as they stand in the original text, into its exact form (lower
/// case, composed, invisible characters dropped, tone mark in its canonical place) and its folded form
/// (no diacritics, đ → d).
/// </summary>
internal static class WordNormalizer
{
    /// <summary>Words longer than this are cut: no real syllable or number comes close.</summary>
    public const int MaxWordLength = 64;

    /// <summary>Writes the exact form of <paramref name="raw"/> to <paramref name="exact"/>; returns its length.</summary>
    public static int Exact(ReadOnlySpan<char> raw, Span<char> exact)
    {
        var length = 0;
        var hasCombining = false;
        foreach (var c in raw)
        {
            var cls = VietnameseLetters.ClassOf(c);
            if (cls == CharClass.Ignorable)
            {
                continue;
            }

            hasCombining |= cls == CharClass.CombiningMark;
            if (length < exact.Length)
            {
                exact[length++] = VietnameseLetters.Lower(c);
            }
        }

        if (hasCombining)
        {
            length = Compose(exact[..length], exact);
        }

        ToneNormalizer.Normalize(exact[..length]);
        return length;
    }

    /// <summary>Writes the folded form of an exact form; both have the same length.</summary>
    public static void Fold(ReadOnlySpan<char> exact, Span<char> folded)
    {
        for (var i = 0; i < exact.Length; i++)
        {
            folded[i] = VietnameseLetters.Fold(exact[i]);
        }
    }

    /// <summary>The folded form of any text: lower case, no diacritics, đ → d; other characters kept.</summary>
    public static string Fold(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var folded = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (VietnameseLetters.ClassOf(c) != CharClass.CombiningMark)
            {
                folded.Append(VietnameseLetters.Fold(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>Whether folding changes <paramref name="exact"/>, i.e. it carries a diacritic or đ.</summary>
    public static bool HasDiacritics(ReadOnlySpan<char> exact)
    {
        foreach (var c in exact)
        {
            if (VietnameseLetters.Fold(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    private static int Compose(ReadOnlySpan<char> decomposed, Span<char> destination)
    {
        // Rare path: text typed with combining marks (NFD). Compose the word and copy it back; a mark that
        // cannot compose (a second tone on one vowel) is dropped, so exact forms never hold combining marks.
        var composed = new string(decomposed).Normalize(NormalizationForm.FormC);
        var length = 0;
        foreach (var c in composed)
        {
            if (length < destination.Length && VietnameseLetters.ClassOf(c) != CharClass.CombiningMark)
            {
                destination[length++] = c;
            }
        }

        return length;
    }
}
