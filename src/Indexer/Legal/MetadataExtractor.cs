using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Reads the metadata a Vietnamese document states (Nghị định 30/2020/NĐ-CP layout): the issuing body above
/// the national motto, "Số: …", "Place, ngày … tháng … năm …", the type in capitals and the title under
/// it in the preamble; the effective date in the body; the signer in the closing. What is not there stays
/// null: nothing is guessed.
/// </summary>
public static partial class MetadataExtractor
{
    private const int MaxHeaderLines = 40;
    private const int ClosingLines = 30;

    private static readonly string[] ChildBodies = ["sở ", "phòng ", "ban ", "chi cục ", "cục ", "vụ ", "văn phòng ", "thanh tra ", "công an ", "bộ chỉ huy "];

    private static readonly (string Lower, string Proper)[] ProperNouns =
    [
        ("việt nam", "Việt Nam"), ("Việt nam", "Việt Nam"), ("hà nội", "Hà Nội"), ("hồ chí minh", "Hồ Chí Minh"),
        ("cộng hòa xã hội chủ nghĩa", "Cộng hòa xã hội chủ nghĩa"), ("cộng hoà xã hội chủ nghĩa", "Cộng hoà xã hội chủ nghĩa"),
        ("nhà nước", "Nhà nước"), ("tòa án nhân dân tối cao", "Tòa án nhân dân tối cao"),
    ];

    private static readonly string[] PlaceMarkers = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"];

    /// <summary>The metadata stated in <paramref name="text"/>.</summary>
    public static DocumentMetadata Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var header = lines.Take(MaxHeaderLines).ToList();
        var end = header.FindIndex(l => BodyStart().IsMatch(l));
        if (end >= 0)
        {
            header = header.Take(end).ToList();
        }

        var motto = header.FindIndex(IsMotto);
        DocumentNumber? number = null;
        DateOnly? date = null;
        string? place = null;
        string? type = null;
        string? numberLineType = null;
        string? numberLineTitle = null;
        var numberLine = -1;
        var typeLine = -1;
        for (var i = 0; i < header.Count; i++)
        {
            var line = header[i];
            if (number is null && NumberLine().Match(line) is { Success: true } n && DocumentNumberParser.TryParse(n.Groups["n"].Value) is { } parsed
                && IsNumberLineRest(n.Groups["n"].Value, parsed))
            {
                number = parsed;
                numberLine = i;
                if (n.Groups["type"].Value.Trim() is { Length: > 0 } typeWord && DocumentTypes.Resolve(typeWord) is { } fromNumberLine)
                {
                    // "Luật số: …", "ÁN LỆ SỐ …": the type, unless a type line says otherwise ("BỘ LUẬT").
                    numberLineType = fromNumberLine;
                    var rest = n.Groups["n"].Value;
                    var after = rest.IndexOf(' ', rest.IndexOf(parsed.Display.Split('/')[^1], StringComparison.Ordinal) + 1);
                    numberLineTitle = after > 0 && rest[after..].Trim() is { Length: > 3 } remainder ? remainder : null;
                }

                continue;
            }

            if (date is null && PlaceDate().Match(line) is { Success: true } pd && DateRecognizer.TryMatchVerbal(line, pd.Groups["date"].Index, out var d, out _))
            {
                date = d;
                place = pd.Groups["place"].Value.Trim() is { Length: > 0 and < 40 } p ? p : null;
                continue;
            }

            if (type is null && i > motto && IsUpper(line) && DocumentTypes.Resolve(line.TrimEnd(':').Trim()) is { } t)
            {
                type = t;
                typeLine = i;
            }
        }

        if (motto > 0 && header.Take(motto).Any(l => l.StartsWith("VĂN BẢN HỢP NHẤT", StringComparison.Ordinal)))
        {
            type = "Văn bản hợp nhất"; // the type line below names the consolidated law's type, not this document's
        }

        if (type is null && numberLineType is not null)
        {
            (type, typeLine) = (numberLineType, numberLine);
        }

        var title = numberLineTitle is not null && typeLine == numberLine ? Capitalize(numberLineTitle) : typeLine >= 0 ? TitleAfter(header, typeLine) : null;
        if (type == "Văn bản hợp nhất" && typeLine < 0)
        {
            var lawLine = header.FindIndex(motto + 1, l => l.Length > 0 && IsUpper(l) && DocumentTypes.Resolve(l) is not null);
            title = lawLine >= 0 ? TitleAfter(header, lawLine) : null;
        }
        var adoptedBy = AdoptedBy(header);
        date ??= PassedOn([string.Join(' ', header)]) ?? PassedOn(lines.Skip(Math.Max(0, lines.Count - ClosingLines - 20)).ToList());
        var (signer, signerTitle) = Signature(lines);
        return new DocumentMetadata(
            number,
            type ?? (number is null ? null : DocumentTypes.FromSymbol(number.TypeSymbol)),
            Issuer(motto > 0 ? header.Take(motto).ToList() : []) ?? adoptedBy,
            date,
            place,
            title,
            EffectiveFrom(text),
            signer,
            signerTitle);
    }

    /// <summary>A number line holds the number and nothing else, or a precedent's "về …" title — not a sentence citing a number.</summary>
    private static bool IsNumberLineRest(string afterSo, DocumentNumber number)
    {
        var at = afterSo.IndexOf(number.Display.Split('/')[^1], StringComparison.Ordinal);
        if (at < 0)
        {
            return true;
        }

        var rest = afterSo[(at + number.Display.Split('/')[^1].Length)..].Trim();
        return rest.Length == 0 || rest.StartsWith("về ", StringComparison.OrdinalIgnoreCase) || rest.All(char.IsDigit);
    }

    private static bool IsMotto(string line) =>
        WordNormalizer.Fold(line).StartsWith("cong hoa xa hoi chu nghia viet nam", StringComparison.Ordinal);

    private static string? TitleAfter(List<string> lines, int typeLine)
    {
        var title = new StringBuilder();
        for (var i = typeLine + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                if (title.Length > 0)
                {
                    break;
                }

                continue;
            }

            if (title.Length > 0 && IsUpper(line) != IsUpper(title.ToString()))
            {
                break; // a title in capitals ends where sentence case begins, and the reverse (the issuer repeated)
            }

            if ((IsUpper(line) && title.Length > 0 && LooksLikeIssuer(line)) || NumberLine().IsMatch(line) || IsMotto(line)
                || line.StartsWith("Được ", StringComparison.Ordinal) || line.StartsWith("Nguồn ", StringComparison.Ordinal))
            {
                break;
            }

            title.Append(title.Length > 0 ? " " : string.Empty).Append(line.Trim('(', ')').Trim());
        }

        if (title.Length == 0)
        {
            return null;
        }

        var text = title.ToString();
        return IsUpper(text) ? SentenceCase(text) : text;
    }

    private static bool LooksLikeIssuer(string line)
    {
        var folded = WordNormalizer.Fold(line);
        return folded.StartsWith("uy ban", StringComparison.Ordinal) || folded.StartsWith("chinh phu", StringComparison.Ordinal)
               || folded.StartsWith("quoc hoi", StringComparison.Ordinal) || folded.StartsWith("bo truong", StringComparison.Ordinal)
               || folded.StartsWith("hoi dong", StringComparison.Ordinal) || folded.StartsWith("thu tuong", StringComparison.Ordinal)
               || folded.StartsWith("chu tich", StringComparison.Ordinal) || folded.StartsWith("giam doc", StringComparison.Ordinal);
    }

    private static string? Issuer(List<string> lines)
    {
        var names = lines.Where(l => l.Length > 0 && IsUpper(l) && !NumberLine().IsMatch(l) && !l.StartsWith("CÔNG BÁO", StringComparison.Ordinal))
            .Select(l => l.StartsWith("VĂN BẢN HỢP NHẤT", StringComparison.Ordinal) && l.Contains('-', StringComparison.Ordinal) ? l[(l.IndexOf('-', StringComparison.Ordinal) + 1)..].Trim() : l)
            .ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var last = SentenceCase(names[^1]);
        var child = names.Count > 1 && ChildBodies.Any(b => last.StartsWith(b, StringComparison.OrdinalIgnoreCase));
        if (child)
        {
            // "ỦY BAN NHÂN DÂN TỈNH X / SỞ TƯ PHÁP": the body that issues is the last line, of the parent's place.
            var place = PlaceIn(SentenceCase(string.Join(' ', names.Take(names.Count - 1))));
            return place is null ? last : $"{last} {place}";
        }

        return SentenceCase(string.Join(' ', names));
    }

    /// <summary>"tỉnh Hòa Phong" out of "Ủy ban nhân dân tỉnh Hòa Phong", or null.</summary>
    private static string? PlaceIn(string name)
    {
        foreach (var marker in PlaceMarkers)
        {
            var at = name.IndexOf(" " + marker + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                return name[(at + 1)..];
            }
        }

        return null;
    }

    /// <summary>
    /// Lower case with the first letter capital, capitals kept for the name after a place marker ("tỉnh", "huyện" …),
    /// for the department after "Sở"/"Bộ", and for the bodies always written with capitals ("Quốc hội", "Chính phủ").
    /// </summary>
    internal static string SentenceCase(string line)
    {
        if (!IsUpper(line))
        {
            return line;
        }

        var words = line.ToLower(CultureInfo.InvariantCulture).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalizeNext = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var bare = words[i].TrimEnd(',', ';', '.', ':');
            var capitalize = i == 0 || capitalizeNext > 0 || (i == 1 && words[0].ToLowerInvariant() is "sở" or "bộ" or "cục" or "vụ")
                             || (bare is "hội" && i > 0 && words[i - 1] == "quốc") || (bare is "phủ" && i > 0 && words[i - 1] == "chính");
            if (capitalize && words[i].Length > 0)
            {
                words[i] = char.ToUpper(words[i][0], CultureInfo.InvariantCulture) + words[i][1..];
            }

            if (capitalizeNext > 0)
            {
                capitalizeNext = bare.Length < words[i].Length ? 0 : capitalizeNext - 1; // a comma ends the name
            }

            if (bare is "quốc" && i + 1 < words.Length && words[i + 1].StartsWith("hội", StringComparison.Ordinal))
            {
                words[i] = "Quốc";
            }
            else if (bare is "chính" && i + 1 < words.Length && words[i + 1].StartsWith("phủ", StringComparison.Ordinal))
            {
                words[i] = "Chính";
            }

            var nextIsHoi = i + 1 < words.Length && words[i + 1].StartsWith("hội", StringComparison.Ordinal);
            if ((bare is "tỉnh" or "huyện" or "phường" or "quận" || (bare == "xã" && !nextIsHoi)) || (bare == "phố" && i > 0 && words[i - 1] == "thành"))
            {
                capitalizeNext = 3;
            }
        }

        var result = string.Join(' ', words);
        foreach (var (lower, proper) in ProperNouns)
        {
            result = result.Replace(lower, proper, StringComparison.Ordinal);
        }

        return result;
    }

    /// <summary>A precedent's "Được Hội đồng Thẩm phán … thông qua ngày …": the body that adopted it.</summary>
    private static string? AdoptedBy(List<string> header)
    {
        foreach (var line in header)
        {
            var m = AdoptedPattern().Match(line);
            if (m.Success)
            {
                return m.Groups["body"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>For a law: "… đã được Quốc hội … thông qua ngày 30 tháng 3 năm 2021"; for a precedent, the same in its header.</summary>
    private static DateOnly? PassedOn(List<string> lines)
    {
        foreach (var line in lines)
        {
            var m = PassedPattern().Match(line);
            if (m.Success && DateRecognizer.TryMatchVerbal(line, m.Groups["date"].Index, out var date, out _))
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? EffectiveFrom(string text)
    {
        var m = EffectivePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var at = m.Groups["date"].Index;
        return DateRecognizer.TryMatchVerbal(text, at, out var verbal, out _) ? verbal
            : DateRecognizer.TryMatchNumeric(text, at + m.Groups["date"].Value.AsSpan().IndexOfAnyInRange('0', '9'), out var numeric, out _) ? numeric
            : null;
    }

    /// <summary>The signer: the last line in the closing that reads as a person's name, and the capitals line above it.</summary>
    private static (string? Name, string? Title) Signature(List<string> lines)
    {
        var closing = lines.Skip(Math.Max(0, lines.Count - ClosingLines)).ToList();
        for (var i = closing.Count - 1; i >= 0; i--)
        {
            // "CHỦ TỊCH QUỐC HỘI     Nguyễn Thị Kim Ngân" on one line (a tab in Word).
            var words = closing[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = Math.Min(5, words.Length - 1); n >= 2; n--)
            {
                var name = string.Join(' ', words[^n..]);
                var title = string.Join(' ', words[..^n]);
                if (IsPersonName(name) && IsUpper(title))
                {
                    return (name, SentenceCase(TitlePrefix().Replace(title, string.Empty)));
                }
            }

            if (!IsPersonName(closing[i]))
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
            {
                if (closing[j].Length > 0 && IsUpper(closing[j]) && !closing[j].StartsWith("NƠI NHẬN", StringComparison.Ordinal))
                {
                    return (closing[i], SentenceCase(TitlePrefix().Replace(closing[j], string.Empty)));
                }
            }
        }

        return (null, null);
    }

    private static bool IsPersonName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && line.Length < 40
               && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower) && w.All(char.IsLetter));
    }

    private static bool IsUpper(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^Được\s+(?<body>.+?)\s+thông qua", RegexOptions.CultureInvariant)]
    private static partial Regex AdoptedPattern();

    [GeneratedRegex(@"^(?<type>[\p{L} ]{0,24}?)\bS[ỐốOo]\s*(?:hiệu|HIỆU|ký hiệu)?\s*[:.]?\s*(?<n>\d.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[\p{L} .\-]{0,40}),\s*(?<date>ng[àa]y\s+\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Theo đề nghị|Điều\s+1\b|Chương\s+[IV1]\b|CHƯƠNG\s+[IV1]\b|Phần\s+(?:thứ\s+nhất|I)\b|PHẦN\s+(?:THỨ\s+NHẤT|I)\b|I\.\s|LỜI NÓI ĐẦU)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"thông qua\s+(?:vào\s+)?(?<date>ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassedPattern();

    [GeneratedRegex(@"có hiệu lực(?:\s+thi hành)?(?:\s+(?:kể\s+)?từ|\s+kể\s+từ)\s+(?<date>ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[/\-.]\d{1,2}[/\-.]\d{4}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EffectivePattern();

    [GeneratedRegex(@"^(?:TM|KT|TL|TUQ|Q)\.\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePrefix();
}
