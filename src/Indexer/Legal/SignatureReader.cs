using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Legal;

/// <summary>The signer and the signer's title as the closing prints them.</summary>
internal static partial class SignatureReader
{
    internal const int ClosingLines = 30;

    /// <summary>
    /// The signer: the last line in the closing that reads as a person's name, and the capitals above it
    /// ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Trần Anh Dũng"), also when a portal ran the
    /// block into one line or put it in a table cell beside "Nơi nhận".
    /// </summary>
    internal static (string? Name, string? Title) Signature(List<string> lines)
    {
        var found = SignatureIn(lines.Skip(Math.Max(0, lines.Count - ClosingLines)), lastLines: true);
        if (found.Name is null && lines.FindIndex(l => l.StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase)) is var recipients and >= 0)
        {
            // A decision followed by the plan it approves: the signature stands by "Nơi nhận", not at the end.
            found = SignatureIn(lines.Skip(recipients).Take(10), lastLines: false);
        }

        return found;
    }

    private static (string? Name, string? Title) SignatureIn(IEnumerable<string> window, bool lastLines)
    {
        var closing = window
            .SelectMany(l => l.Split(" | ", StringSplitOptions.TrimEntries))
            .Select(l => Whitespace().Replace(SignedMark().Replace(l, " "), " ").Trim())
            .ToList();
        while (closing.Count > 0 && closing[^1].Length == 0)
        {
            closing.RemoveAt(closing.Count - 1);
        }

        for (var i = closing.Count - 1; i >= 0; i--)
        {
            // "CHỦ TỊCH QUỐC HỘI     Nguyễn Thị Kim Ngân" on one line (a tab in Word, a table cell on a portal).
            var words = closing[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = Math.Min(5, words.Length - 1); n >= 2; n--)
            {
                var name = string.Join(' ', words[^n..]);
                var title = string.Join(' ', words[..^n]);
                if (IsPersonName(name) && LetterCase.IsUpper(title))
                {
                    return (name, SignerTitle([title]));
                }
            }

            if (!IsPersonName(closing[i]))
            {
                continue;
            }

            // The capitals above the name, blank lines (where "(Đã ký)" stood) skipped.
            var above = new List<string>();
            for (var j = i - 1; j >= 0 && above.Count < 4; j--)
            {
                if (closing[j].Length == 0)
                {
                    continue;
                }

                if (!LetterCase.IsUpper(closing[j]) || closing[j].StartsWith("NƠI NHẬN", StringComparison.Ordinal))
                {
                    break;
                }

                above.Insert(0, closing[j]);
            }

            if (above.Count > 0)
            {
                return (closing[i], SignerTitle(above));
            }

            if (lastLines && i >= closing.Count - 2)
            {
                return (closing[i], null); // a name closing the text, with no title printed above it
            }
        }

        return (null, null);
    }

    /// <summary>
    /// The signer's title as printed, without the collective body signed for ("TM. ỦY BAN NHÂN DÂN"):
    /// "Chủ tịch", "KT. Chủ tịch — Phó Chủ tịch", "KT. Bộ trưởng — Thứ trưởng".
    /// </summary>
    private static string? SignerTitle(List<string> block)
    {
        var parts = new List<string>();
        foreach (var segment in SignPrefix().Split(string.Join(' ', block)).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (segment.StartsWith("TM.", StringComparison.Ordinal))
            {
                // "TM. CHÍNH PHỦ THỦ TƯỚNG" run together: keep the title after the body signed for.
                var office = Office().Matches(segment).LastOrDefault();
                if (office is not null)
                {
                    parts.Add(segment[office.Index..].Trim());
                }

                continue;
            }

            // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" run together: the deputy's own title starts at PHÓ / THỨ TRƯỞNG.
            var deputy = segment.StartsWith("KT.", StringComparison.Ordinal) ? DeputyTitle().Match(segment, 3) : Match.Empty;
            if (deputy.Success && deputy.Index > 3)
            {
                parts.Add(segment[..deputy.Index].Trim());
                parts.Add(segment[deputy.Index..].Trim());
            }
            else
            {
                parts.Add(segment);
            }
        }

        var titles = parts.Select(p =>
        {
            var prefix = TitlePrefix().Match(p);
            var rest = TitleCase(LetterCase.SentenceCase(p[prefix.Length..].Trim()));
            return prefix.Success ? prefix.Value.Trim() + " " + rest : rest;
        }).Where(t => t.Length > 0).ToList();
        return titles.Count > 0 ? string.Join(" — ", titles) : null;
    }

    /// <summary>Deputy titles keep the capital of the office: "Phó Chủ tịch", "Phó Giám đốc".</summary>
    private static string TitleCase(string title) =>
        DeputyOffice().Replace(title, m => "Phó " + char.ToUpperInvariant(m.Groups[1].Value[0]) + m.Groups[1].Value[1..]);

    private static bool IsPersonName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && line.Length < 40
               && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower) && w.All(char.IsLetter));
    }

    [GeneratedRegex(@"^(?:TM|KT|TL|TUQ|Q)\.\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"\[?\s*\((?:Đã ký|đã ký|ĐÃ KÝ)\)\s*\]?", RegexOptions.CultureInvariant)]
    private static partial Regex SignedMark();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?:PHÓ\s+)?(?:THỦ TƯỚNG|CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG KIỂM TOÁN|THỐNG ĐỐC|TRƯỞNG BAN|CHỦ NHIỆM)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    [GeneratedRegex(@"(?=\b(?:TM|KT|TL|TUQ)\.)", RegexOptions.CultureInvariant)]
    private static partial Regex SignPrefix();

    [GeneratedRegex(@"\b(?:PHÓ|THỨ TRƯỞNG)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DeputyTitle();

    [GeneratedRegex(@"(?<=^|\s)[Pp]hó (chủ tịch|thủ tướng|giám đốc|chánh án|chánh văn phòng|viện trưởng|trưởng ban|cục trưởng|vụ trưởng)", RegexOptions.CultureInvariant)]
    private static partial Regex DeputyOffice();
}
