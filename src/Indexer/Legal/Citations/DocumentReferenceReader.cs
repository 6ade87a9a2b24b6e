using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Legal.Citations;

/// <summary>
/// Reads a document reference at a position of running text: "Nghị định số 19/2020/NĐ-CP ngày 12/02/2020 của
/// Chính phủ", "Quyết định 242/QĐ-TTg", a number alone, "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6
/// năm 2015", "Hiến pháp", or "Nghị định này".
/// </summary>
internal static partial class DocumentReferenceReader
{
    private const int MaxNameWords = 14;
    private const int MaxIssuerWords = 10;

    private static readonly System.Buffers.SearchValues<char> NameBreaks = System.Buffers.SearchValues.Create("\n;:.()[]\"“”");
    private static readonly System.Buffers.SearchValues<char> IssuerBreaks = System.Buffers.SearchValues.Create("\n,;:.()");

    /// <summary>Words that end a document's name.</summary>
    private static readonly HashSet<string> NameStops = new(StringComparer.Ordinal)
    {
        "ngày", "số", "của", "được", "đã", "đang", "và", "hoặc", "thì", "này", "hiện", "để", "theo", "tại", "trong", "với",
        "về", "là", "có", "do", "mà", "nhưng", "như", "khi", "cho", "từ", "đến", "trên", "sau", "trước", "gồm", "nêu", "hết",
    };

    /// <summary>Words that end an issuer's name.</summary>
    private static readonly HashSet<string> IssuerStops = new(StringComparer.Ordinal)
    {
        "về", "thì", "đã", "được", "có", "là", "tại", "theo", "trong", "để", "ngày", "số", "năm", "đến", "hết", "nay", "này",
        "cho", "khi", "với", "nhưng", "mà", "nên", "vì", "do", "bị", "đối", "như", "nếu", "sau", "trước", "từ", "gửi", "kèm",
        "tuyên", "xét", "quyết", "không", "chưa", "cũng", "còn", "vẫn", "đều", "lại", "ra", "đang", "sẽ", "phải", "hoặc",
    };

    /// <summary>Verbs of two syllables that end a name or an issuer ("… ban hành Quy chế", "… quy định chi tiết").</summary>
    private static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "ban hành", "quy định", "hướng dẫn", "phê duyệt", "sửa đổi", "bổ sung", "thay thế", "bãi bỏ", "thông qua", "bao gồm",
        "công bố", "giao cho", "hủy bỏ", "đình chỉ", "thi hành", "áp dụng",
    };

    /// <summary>Names that keep a comma: "Luật Phòng, chống tham nhũng", "Luật Quản lý, sử dụng vũ khí".</summary>
    private static readonly HashSet<string> CommaPairs = new(StringComparer.Ordinal) { "phòng, chống", "quản lý, sử dụng" };

    /// <summary>Reads a reference that starts at <paramref name="start"/> (after spaces), or returns null.</summary>
    public static DocumentReference? ReadAt(string text, int start)
    {
        var i = SkipSpaces(text, start);
        if (i >= text.Length)
        {
            return null;
        }

        if (char.IsAsciiDigit(text[i]))
        {
            return Number(text, i, i, null);
        }

        var typed = TypeWord().Match(text, i);
        if (!typed.Success)
        {
            return null;
        }

        var type = DocumentTypes.Resolve(typed.Groups["type"].Value) ?? LetterCase.SentenceCase(typed.Groups["type"].Value);
        if (type == "Luật" && AfterPhap(text, i))
        {
            return null; // "pháp luật", "PHÁP LUẬT NĂM 2026": the law in general, never a document
        }

        var after = typed.Index + typed.Length;
        var self = SelfWord().Match(text, after);
        if (self.Success)
        {
            return new DocumentReference(i, self.Index + self.Length) { Type = type, Self = true };
        }

        var so = NumberWord().Match(text, after);
        var numberAt = SkipSpaces(text, so.Success ? so.Index + so.Length : after);
        if (numberAt < text.Length && char.IsAsciiDigit(text[numberAt]) && Number(text, i, numberAt, type) is { } numbered)
        {
            return numbered;
        }

        if (type is "Luật" or "Bộ luật" or "Pháp lệnh" && char.IsUpper(text[i]) && Amending(text, i, after, type) is { } amending)
        {
            return amending;
        }

        return type is "Luật" or "Bộ luật" or "Pháp lệnh" or "Hiến pháp" && char.IsUpper(text[i]) ? Named(text, i, after, type) : null;
    }

    /// <summary>
    /// A law named by the laws it amends, "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
    /// chính quyền địa phương ngày 22 tháng 11 năm 2019", is cited by that whole title, with its own date: read as the
    /// laws inside it, it had put the amending law's date on them ("Luật Tổ chức chính quyền địa phương ngày
    /// 22/11/2019", a law that does not exist) and listed a law twice among a document's bases.
    /// </summary>
    private static DocumentReference? Amending(string text, int start, int nameStart, string type)
    {
        var lead = AmendingLead().Match(text, nameStart);
        if (!lead.Success)
        {
            return null;
        }

        var end = -1;
        var i = lead.Index + lead.Length;
        while (TypeWord().Match(text, i) is { Success: true } typed
            && DocumentTypes.Resolve(typed.Groups["type"].Value) is { } innerType and ("Luật" or "Bộ luật" or "Pháp lệnh")
            && Named(text, i, typed.Index + typed.Length, innerType, extend: false) is { } inner)
        {
            end = inner.End;
            var and = NextAmendedLaw().Match(text, end);
            if (!and.Success)
            {
                break;
            }

            i = and.Index + and.Length;
        }

        return end < 0 ? null : Extend(text, new DocumentReference(start, end) { Type = type, Name = type + " " + Collapse(text[nameStart..end]) });
    }

    private static DocumentReference? Number(string text, int start, int at, string? type)
    {
        if (!LegalNumberRecognizer.TryMatch(text, at, out var match) || match is null)
        {
            return null;
        }

        var number = DocumentNumberParser.FromMatch(text, match);
        var reference = new DocumentReference(start, match.End)
        {
            Number = number,
            Type = type ?? DocumentTypes.FromSymbol(match.TypeSymbol),
        };
        return Extend(text, reference);
    }

    private static DocumentReference? Named(string text, int start, int nameStart, string type, bool extend = true)
    {
        var words = new List<(int Start, int End)>();
        var i = nameStart;
        while (words.Count < MaxNameWords)
        {
            var (wordStart, wordEnd) = NextWord(text, i);
            if (wordStart < 0 || text.AsSpan(i, wordStart - i).ContainsAny(NameBreaks))
            {
                break;
            }

            var word = text[wordStart..wordEnd];
            if (text.AsSpan(i, wordStart - i).Contains(',') && !KeepsComma(text, words, wordStart, wordEnd))
            {
                break;
            }

            var lower = word.ToLowerInvariant();
            if (words.Count == 0 && type == "Hiến pháp" && lower is not ("nước" or "năm"))
            {
                break; // "Hiến pháp" alone; its full name is "Hiến pháp nước Cộng hòa …", or "Hiến pháp năm 2013"
            }

            if (words.Count == 0 && type != "Hiến pháp" && (!char.IsUpper(word[0]) || lower == "năm"))
            {
                return null; // "luật" as a common noun, "Luật sửa đổi …" whose inner law is read on its own, or "Luật năm 2026" with no name
            }

            if (lower == "năm" && YearAfter(text, wordEnd) is { } yearEnd)
            {
                words.Add((wordStart, yearEnd));
                break;
            }

            if (NameStops.Contains(lower) || !char.IsLetter(word[0]) || (words.Count > 0 && StartsPhrase(text, wordStart)))
            {
                break;
            }

            words.Add((wordStart, wordEnd));
            i = wordEnd;
        }

        if (words.Count == 0 && type != "Hiến pháp")
        {
            return null;
        }

        var end = words.Count > 0 ? words[^1].End : nameStart;
        var name = type + (words.Count > 0 ? " " + Collapse(text[words[0].Start..end]) : string.Empty);
        var reference = new DocumentReference(start, end) { Type = type, Name = name };
        if (!extend)
        {
            return reference; // a law named inside another's title: what follows is the other's
        }

        // "Luật Phòng, chống ma túy số 23/2000/QH10": the name and the number are one reference.
        var so = NumberWord().Match(text, end);
        var numberAt = so.Success ? SkipSpaces(text, so.Index + so.Length) : -1;
        if (numberAt >= 0 && numberAt < text.Length && char.IsAsciiDigit(text[numberAt]) && LegalNumberRecognizer.TryMatch(text, numberAt, out var match) && match is not null)
        {
            reference = reference with { Number = DocumentNumberParser.FromMatch(text, match), End = match.End };
        }

        return Extend(text, reference);
    }

    /// <summary>Reads an optional date ("ngày 12/02/2020", "ngày 12 tháng 02 năm 2020") and issuer ("của Chính phủ").</summary>
    private static DocumentReference Extend(string text, DocumentReference reference)
    {
        var i = reference.End;
        var dated = DateLead().Match(text, i);
        if (dated.Success)
        {
            var day = dated.Groups["day"];
            var digits = day.Index + day.Length;
            while (digits < text.Length && !char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            if (DateRecognizer.TryMatchVerbal(text, day.Index, out var date, out var end) || DateRecognizer.TryMatchNumeric(text, digits, out date, out end))
            {
                reference = reference with { Date = date, End = end };
                i = end;
            }
        }

        var of = IssuerLead().Match(text, i);
        if (of.Success)
        {
            var issuerStart = of.Index + of.Length;
            var issuerEnd = issuerStart;
            var words = 0;
            var pos = issuerStart;
            while (words < MaxIssuerWords)
            {
                var (ws, we) = NextWord(text, pos);
                if (ws < 0 || (words == 0 && !char.IsUpper(text[ws])))
                {
                    break;
                }

                // "Bộ Văn hóa, Thể thao và Du lịch": a ministry's name keeps its commas before a capital.
                var gap = text.AsSpan(pos, ws - pos);
                if (gap.ContainsAny(IssuerBreaks) && !(gap.Trim().SequenceEqual(",") && char.IsUpper(text[ws]) && text.AsSpan(issuerStart).StartsWith("Bộ ")))
                {
                    break;
                }

                var lower = text[ws..we].ToLowerInvariant();
                if (lower == "và")
                {
                    // "Bộ Tài nguyên và Môi trường", but not "… của Chính phủ và các bộ".
                    var (ns, _) = NextWord(text, we);
                    if (ns < 0 || !char.IsUpper(text[ns]) || words == 0)
                    {
                        break;
                    }
                }
                else if (words > 0 && (IssuerStops.Contains(lower) || StartsPhrase(text, ws)))
                {
                    break;
                }

                issuerEnd = we;
                pos = we;
                words++;
            }

            if (words > 0)
            {
                reference = reference with { Issuer = Collapse(text[issuerStart..issuerEnd]), End = issuerEnd };
            }
        }

        return reference;
    }

    /// <summary>Whether the word at <paramref name="start"/> and the next form one of <see cref="PhraseStops"/>.</summary>
    private static bool StartsPhrase(string text, int start)
    {
        var (_, firstEnd) = NextWord(text, start);
        var (secondStart, secondEnd) = NextWord(text, firstEnd);
        return secondStart > 0 && secondStart - firstEnd == 1 && PhraseStops.Contains(text[start..secondEnd].ToLowerInvariant());
    }

    private static bool KeepsComma(string text, List<(int Start, int End)> words, int wordStart, int wordEnd)
    {
        if (words.Count == 0)
        {
            return false;
        }

        // The pair is the last one or two words before the comma and this word: "phòng, chống", "quản lý, sử dụng".
        var (nextStart, nextEnd) = NextWord(text, wordEnd);
        foreach (var from in words.TakeLast(2).Select(w => w.Start))
        {
            var before = text[from..words[^1].End].ToLowerInvariant();
            if (CommaPairs.Contains(before + ", " + text[wordStart..wordEnd].ToLowerInvariant())
                || (nextStart > 0 && CommaPairs.Contains(before + ", " + text[wordStart..nextEnd].ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    private static int? YearAfter(string text, int i)
    {
        var m = Year().Match(text, i);
        return m.Success ? m.Index + m.Length : null;
    }

    private static (int Start, int End) NextWord(string text, int i)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            if (text[i] == '\n')
            {
                return (-1, -1);
            }

            i++;
        }

        if (i >= text.Length)
        {
            return (-1, -1);
        }

        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' ))
        {
            i++;
        }

        return (start, i);
    }

    /// <summary>Whether the word before <paramref name="i"/> is "pháp" in any case, so "luật" there is "pháp luật".</summary>
    private static bool AfterPhap(string text, int i)
    {
        var end = i;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && end < i && text.AsSpan(start, end - start).Equals("pháp", StringComparison.OrdinalIgnoreCase);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        return i;
    }

    private static string Collapse(string text) => Whitespace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\G(?<type>Hiến pháp|HIẾN PHÁP|Bộ luật|BỘ LUẬT|Luật|LUẬT|luật|Pháp lệnh|PHÁP LỆNH|pháp lệnh|Nghị quyết liên tịch|Nghị quyết|NGHỊ QUYẾT|nghị quyết|Nghị định|NGHỊ ĐỊNH|nghị định|Quyết định|QUYẾT ĐỊNH|quyết định|Thông tư liên tịch|Thông tư|THÔNG TƯ|thông tư|Chỉ thị|chỉ thị|Kế hoạch|kế hoạch|Báo cáo|báo cáo|Công văn|công văn|Văn bản hợp nhất|Tờ trình|tờ trình|Thông báo|thông báo|Đề án|đề án|Chương trình|chương trình|Án lệ|án lệ)(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex TypeWord();

    [GeneratedRegex(@"\G\s+này(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex SelfWord();

    [GeneratedRegex(@"\G\s*(?:số|Số|SỐ)\s*:?(?=\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\G\s*,?\s*(?:(?:ban hành|ký)\s+)?(?<day>ngày)\s+(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DateLead();

    [GeneratedRegex(@"\G\s*,?\s*(?:của|do)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerLead();

    [GeneratedRegex(@"\G\s+\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>After "Luật": " sửa đổi, bổ sung một số điều của " and the law it amends.</summary>
    [GeneratedRegex(@"\G\s+sửa đổi,?\s+bổ sung\s+(?:một số điều\s+)?(?:của\s+)?(?=(?:Bộ luật|Luật|Pháp lệnh)\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex AmendingLead();

    /// <summary>Another law amended by the same title: " và Luật …", ", Luật …".</summary>
    [GeneratedRegex(@"\G\s*(?:,|,?\s+và)\s+(?=(?:Bộ luật|Luật|Pháp lệnh)\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex NextAmendedLaw();
}
