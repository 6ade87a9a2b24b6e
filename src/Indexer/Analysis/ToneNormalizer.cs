namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// Puts the tone mark of a lower-case Vietnamese syllable on one canonical vowel, so that the two placements
/// in use ("hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe", "uỷ"/"ủy") become the same string.
/// </summary>
/// <remarks>
/// The canonical placement is the traditional one:
/// <list type="bullet">
/// <item>"qu" and "gi" (before another vowel) are initial consonants, not part of the vowel nucleus;</item>
/// <item>a shaped vowel (ă â ê ô ơ ư) takes the tone, the last one when there are two (ươ → ơ);</item>
/// <item>otherwise a single vowel takes it; the middle of three (oai → a);</item>
/// <item>of two vowels, the second when a final consonant follows (hoàng), else the first (hòa, thủy).</item>
/// </list>
/// Syllables that are not Vietnamese letters, or carry more than one tone mark, are left unchanged.
/// </remarks>
internal static class ToneNormalizer
{
    /// <summary>Rewrites <paramref name="syllable"/> (lower case, composed) in place; returns whether it changed.</summary>
    public static bool Normalize(Span<char> syllable)
    {
        var toneAt = -1;
        byte tone = VietnameseLetters.NoTone;
        for (var i = 0; i < syllable.Length; i++)
        {
            var t = VietnameseLetters.ToneOf(syllable[i]);
            if (t == VietnameseLetters.NoTone)
            {
                continue;
            }

            if (toneAt >= 0)
            {
                return false; // two tone marks: not a well-formed syllable, keep as typed
            }

            toneAt = i;
            tone = t;
        }

        if (toneAt < 0)
        {
            return false;
        }

        var target = CanonicalTonePosition(syllable, toneAt);
        if (target < 0 || target == toneAt)
        {
            return false;
        }

        syllable[toneAt] = VietnameseLetters.StripTone(syllable[toneAt]);
        syllable[target] = VietnameseLetters.WithTone(VietnameseLetters.StripTone(syllable[target]), tone);
        return true;
    }

    /// <summary>Index of the vowel that carries the tone, or -1 when the syllable has no Vietnamese nucleus.</summary>
    internal static int CanonicalTonePosition(ReadOnlySpan<char> syllable, int toneAt)
    {
        var n = syllable.Length;
        var i = 0;
        while (i < n && !IsVowelAt(syllable, i))
        {
            if (!IsConsonant(syllable[i]))
            {
                return -1;
            }

            i++;
        }

        if (i == n)
        {
            return -1;
        }

        // "qu": the u is consonantal. "gi" before a vowel: the i is consonantal.
        if (i > 0 && syllable[i - 1] == 'q' && Toneless(syllable[i]) == 'u' && i + 1 < n && IsVowelAt(syllable, i + 1))
        {
            i++;
        }
        else if (i == 1 && syllable[0] == 'g' && Toneless(syllable[i]) == 'i' && i + 1 < n && IsVowelAt(syllable, i + 1))
        {
            i++;
        }

        var start = i;
        while (i < n && IsVowelAt(syllable, i))
        {
            i++;
        }

        var end = i;
        for (var j = end; j < n; j++)
        {
            if (!IsConsonant(syllable[j]))
            {
                return -1; // letters after the nucleus that are not a final consonant: not a syllable
            }
        }

        var length = end - start;
        if (toneAt < start - 1 || toneAt >= end || length is 0 or > 3)
        {
            return -1;
        }

        for (var j = end - 1; j >= start; j--)
        {
            if (VietnameseLetters.IsShapedVowel(Toneless(syllable[j])))
            {
                return j;
            }
        }

        return length switch
        {
            1 => start,
            3 => start + 1,
            _ => end < n ? start + 1 : start,
        };
    }

    private static char Toneless(char c) => VietnameseLetters.StripTone(c);

    private static bool IsVowelAt(ReadOnlySpan<char> s, int i) => VietnameseLetters.IsVowel(Toneless(s[i]));

    private static bool IsConsonant(char c) => c is (>= 'a' and <= 'z') or 'đ' && !VietnameseLetters.IsVowel(c);
}
