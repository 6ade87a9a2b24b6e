using System.Text;

namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// Character tables for Vietnamese text, computed once from Unicode decompositions: lower case, the folded
/// (accentless) letter, the tone mark a vowel carries, and the vowel with its tone removed or replaced.
/// </summary>
/// <remarks>
/// Vietnamese letters carry at most two marks: a shape mark (ă â ê ô ơ ư, and đ) that makes a different
/// letter, and one of five tone marks (huyền, sắc, hỏi, ngã, nặng) on the syllable's main vowel.
/// Folding removes both; tone canonicalisation moves only the tone.
/// </remarks>
internal static class VietnameseLetters
{
    /// <summary>Characters below this limit are covered by the tables; Vietnamese ends at U+1EF9.</summary>
    public const int TableSize = 0x2000;

    /// <summary>No tone mark (thanh ngang).</summary>
    public const byte NoTone = 0;

    private static readonly char[] LowerTable = new char[TableSize];
    private static readonly char[] FoldTable = new char[TableSize];
    private static readonly byte[] ToneTable = new byte[TableSize];
    private static readonly char[] ToneStrippedTable = new char[TableSize];
    private static readonly Dictionary<(char Vowel, byte Tone), char> WithToneTable = [];
    private static readonly CharClass[] ClassTable = new CharClass[TableSize];

    // Combining tone marks in the order used for tone numbers 1..5.
    private static readonly char[] ToneMarks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

    static VietnameseLetters()
    {
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            ClassTable[i] = ComputeClass(c);
            var lower = char.ToLowerInvariant(c);
            LowerTable[i] = lower;
            FoldTable[i] = lower;
            ToneStrippedTable[i] = lower;
            if (char.IsSurrogate(c) || !char.IsLetter(c))
            {
                continue;
            }

            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var baseBuilder = new StringBuilder();
            byte tone = NoTone;
            foreach (var d in decomposed)
            {
                var toneIndex = Array.IndexOf(ToneMarks, d);
                if (toneIndex >= 0)
                {
                    tone = (byte)(toneIndex + 1);
                }
                else
                {
                    baseBuilder.Append(d);
                }
            }

            ToneTable[i] = tone;
            var stripped = baseBuilder.ToString().Normalize(NormalizationForm.FormC);
            ToneStrippedTable[i] = stripped.Length == 1 ? stripped[0] : lower;
            FoldTable[i] = lower == 'đ' ? 'd' : decomposed[0] < TableSize && char.IsLetter(decomposed[0]) ? decomposed[0] : lower;
        }

        foreach (var vowel in "aăâeêioôơuưy")
        {
            WithToneTable[(vowel, NoTone)] = vowel;
            for (byte tone = 1; tone <= ToneMarks.Length; tone++)
            {
                var composed = (vowel.ToString() + ToneMarks[tone - 1]).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1)
                {
                    WithToneTable[(vowel, tone)] = composed[0];
                }
            }
        }
    }

    /// <summary>How the analyzer treats <paramref name="c"/>.</summary>
    public static CharClass ClassOf(char c) => c < TableSize ? ClassTable[c] : ComputeClass(c);

    private static CharClass ComputeClass(char c) =>
        c is >= '0' and <= '9' ? CharClass.Digit
        : IsCombiningMark(c) ? CharClass.CombiningMark
        : IsIgnorable(c) ? CharClass.Ignorable
        : char.IsLetter(c) || char.IsDigit(c) ? CharClass.Letter
        : CharClass.Other;

    /// <summary>Lower case, including Đ → đ.</summary>
    public static char Lower(char c) => c < TableSize ? LowerTable[c] : char.ToLowerInvariant(c);

    /// <summary>The accentless lower-case letter: ờ → o, Đ → d. Non-letters are returned lower-cased.</summary>
    public static char Fold(char c) => c < TableSize ? FoldTable[c] : char.ToLowerInvariant(c);

    /// <summary>The tone number (0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng) of a lower-case letter.</summary>
    public static byte ToneOf(char c) => c < TableSize ? ToneTable[c] : NoTone;

    /// <summary>The letter with its tone removed and its shape kept: ờ → ơ.</summary>
    public static char StripTone(char c) => c < TableSize ? ToneStrippedTable[c] : c;

    /// <summary>The toneless vowel <paramref name="vowel"/> carrying <paramref name="tone"/>.</summary>
    public static char WithTone(char vowel, byte tone) =>
        WithToneTable.TryGetValue((vowel, tone), out var c) ? c : vowel;

    /// <summary>A toneless lower-case vowel letter of Vietnamese.</summary>
    public static bool IsVowel(char toneless) => toneless is 'a' or 'ă' or 'â' or 'e' or 'ê' or 'i' or 'o' or 'ô' or 'ơ' or 'u' or 'ư' or 'y';

    /// <summary>A vowel whose shape mark makes it a letter of its own (ă â ê ô ơ ư); tone goes on these first.</summary>
    public static bool IsShapedVowel(char toneless) => toneless is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư';

    /// <summary>A combining mark (U+0300–U+036F) that belongs to the preceding letter.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>
    /// Invisible characters that must not split a word: zero-width space/joiners, word joiner, BOM and the
    /// soft hyphen. They are dropped wherever they occur.
    /// </summary>
    public static bool IsIgnorable(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
