using System.Text;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Parsing.Legacy;

/// <summary>
/// Finds and repairs Vietnamese typed in the legacy 8-bit font encodings, TCVN3 (ABC, ".VnTime") and VNI
/// ("VNI-Times"), whose bytes reach us decoded as Windows-1252: "Céng hoµ x· héi" (TCVN3) and
/// "Coäng hoøa xaõ hoäi" (VNI) both mean "Cộng hòa xã hội".
/// </summary>
/// <remarks>
/// Detection converts the text both ways and keeps the reading that yields the most well-formed
/// Vietnamese syllables, so Unicode text, English and French are left alone. The TCVN3 table is TCVN
/// 5712:1993 VN3 (lower case plus Ă Â Ê Ô Ơ Ư Đ; upper-case text used the same codes in ".VnTimeH"
/// fonts, so it comes out lower case). VNI writes a vowel followed by a mark letter.
/// </remarks>
public static class LegacyVietnamese
{
    // TCVN 5712:1993 VN3, as Windows-1252 characters → Unicode (generated once with iconv -f TCVN5712-1).
    private const string Tcvn3From =
        "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00B5\u00B6\u00B7\u00B8\u00B9\u00BB\u00BC\u00BD\u00BE\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00DC\u00DD\u00DE\u00DF\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FE";

    private const string Tcvn3To =
        "\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB1\u1EB3\u1EB5\u1EAF\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EBB\u1EBD\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u0129\u00ED\u1ECB\u00F2\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u1EF5";

    // VNI mark letters (lower case; upper case is the same letter capitalised): tone, then shape + tone.
    private const string VniTones = "\u00F8\u00F9\u00FB\u00F5\u00EF";         // ø ù û õ ï: huyền sắc hỏi ngã nặng
    private const string VniCircumflex = "\u00E2\u00E0\u00E1\u00E5\u00E3\u00E4"; // â à á å ã ä: ^ and ^ with each tone
    private const string VniBreve = "\u00EA\u00E8\u00E9\u00FA\u00FC\u00EB";      // ê è é ú ü ë: ˘ and ˘ with each tone

    private static readonly Dictionary<char, char> Tcvn3 = Tcvn3From.Zip(Tcvn3To).ToDictionary(p => p.First, p => p.Second);

    /// <summary>
    /// Repairs <paramref name="text"/> when it reads as TCVN3 or VNI; returns it unchanged otherwise. The
    /// encoding converted from is "TCVN3", "VNI" or null.
    /// </summary>
    public static (string Text, string? Encoding) Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var original = Score(text);
        if (original.Foreign < 3)
        {
            return (text, null);
        }

        var tcvn3 = FromTcvn3(text);
        var vni = FromVni(text);
        var tcvn3Score = Score(tcvn3);
        var vniScore = Score(vni);
        var (best, bestScore, name) = tcvn3Score.Net >= vniScore.Net ? (tcvn3, tcvn3Score, "TCVN3") : (vni, vniScore, "VNI");

        // Convert only when it clearly turns foreign-looking words into Vietnamese ones.
        return bestScore.Net > original.Net + Math.Max(3, original.Words / 10) && bestScore.Foreign * 4 < original.Foreign
            ? (best, name)
            : (text, null);
    }

    /// <summary>Converts TCVN3 read as Windows-1252 to Unicode.</summary>
    public static string FromTcvn3(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(Tcvn3.TryGetValue(c, out var u) ? u : c);
        }

        return sb.ToString();
    }

    /// <summary>Converts VNI read as Windows-1252 to Unicode.</summary>
    public static string FromVni(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var upper = char.IsUpper(c);
            var lower = char.ToLowerInvariant(c);
            var vowel = lower switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' => lower,
                '\u00F4' => 'ơ', // ô is ơ in VNI
                '\u00F6' => 'ư', // ö is ư
                _ => '\0',
            };

            if (vowel != '\0')
            {
                var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : '\0';
                var (shaped, tone, consumed) = Mark(vowel, next);
                var composed = VietnameseLetters.WithTone(shaped, tone);
                sb.Append(upper ? char.ToUpperInvariant(composed) : composed);
                i += consumed;
                continue;
            }

            sb.Append(c switch
            {
                '\u00ED' => 'í', '\u00CD' => 'Í',
                '\u00EC' => 'ì', '\u00CC' => 'Ì',
                '\u00E6' => 'ỉ', '\u00C6' => 'Ỉ',
                '\u00F3' => 'ĩ', '\u00D3' => 'Ĩ',
                '\u00F2' => 'ị', '\u00D2' => 'Ị',
                '\u00EE' => 'ỵ', '\u00CE' => 'Ỵ',
                '\u00F1' => 'đ', '\u00D1' => 'Đ',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static (char Shaped, byte Tone, int Consumed) Mark(char vowel, char next)
    {
        var tone = VniTones.IndexOf(next, StringComparison.Ordinal);
        if (tone >= 0)
        {
            return (vowel, (byte)(ToneNumber(tone)), 1);
        }

        var circumflex = VniCircumflex.IndexOf(next, StringComparison.Ordinal);
        if (circumflex >= 0 && vowel is 'a' or 'e' or 'o')
        {
            var shaped = vowel switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' };
            return (shaped, circumflex == 0 ? (byte)0 : (byte)ToneNumber(circumflex - 1), 1);
        }

        var breve = VniBreve.IndexOf(next, StringComparison.Ordinal);
        if (breve >= 0 && vowel == 'a')
        {
            return ('ă', breve == 0 ? (byte)0 : (byte)ToneNumber(breve - 1), 1);
        }

        return (vowel, 0, 0);
    }

    // VNI lists tones as huyền, sắc, hỏi, ngã, nặng; VietnameseLetters numbers them 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.
    private static int ToneNumber(int vniIndex) => vniIndex + 1;

    private readonly record struct WordScore(int Words, int Vietnamese, int Foreign)
    {
        public int Net => Vietnamese - Foreign;
    }

    /// <summary>Counts words that are well-formed Vietnamese with diacritics, and words with letters Vietnamese lacks.</summary>
    private static WordScore Score(string text)
    {
        int words = 0, vietnamese = 0, foreign = 0;
        Span<char> buffer = stackalloc char[32];
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.AsSpan().Trim(".,;:!?()[]\"'“”‘’-–—/");
            if (word.IsEmpty || word.Length > buffer.Length || Ascii.IsValid(word))
            {
                continue;
            }

            words++;
            var lower = buffer[..word.Length];
            word.ToLowerInvariant(lower);
            if (!IsVietnameseLetters(lower))
            {
                foreign++;
            }
            else if (IsWellFormed(lower))
            {
                vietnamese++;
            }
        }

        return new WordScore(words, vietnamese, foreign);
    }

    private static bool IsVietnameseLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z' || char.IsAsciiDigit(c))
            {
                continue;
            }

            var stripped = VietnameseLetters.StripTone(c);
            if (!(VietnameseLetters.IsVowel(stripped) || c == 'đ'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWellFormed(ReadOnlySpan<char> word)
    {
        var toneAt = -1;
        for (var i = 0; i < word.Length; i++)
        {
            if (VietnameseLetters.ToneOf(word[i]) != VietnameseLetters.NoTone)
            {
                if (toneAt >= 0)
                {
                    return false;
                }

                toneAt = i;
            }
        }

        return toneAt < 0 || ToneNormalizer.CanonicalTonePosition(word, toneAt) >= 0;
    }
}
