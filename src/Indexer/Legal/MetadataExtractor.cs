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
        var header = lines.Take(MaxHeaderLines).SelectMany(SplitColumns).ToList();
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
            else if (type is null && AppendixLine().IsMatch(line))
            {
                type = "Phụ lục"; // an appendix saved alone: "Phụ lục I", its title below, "(Kèm theo Nghị định số …)"
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
        var stated = new DocumentMetadata(
            number,
            type ?? (number is null ? null : DocumentTypes.FromSymbol(number.TypeSymbol)),
            Issuer(motto > 0 ? IssuerLines(header, motto) : []) ?? adoptedBy ?? PassedBy(lines.Skip(Math.Max(0, lines.Count - ClosingLines - 20))),
            date,
            place,
            title,
            EffectiveFrom(text) ?? (date is not null && EffectiveOnSigning().IsMatch(text) ? date : null),
            signer,
            signerTitle)
        {
            Status = StatedStatus(lines),
        };
        return PropertiesTable(lines) is { } properties ? Merge(stated, properties) : stated;
    }

    /// <summary>"Tình trạng hiệu lực: Còn hiệu lực" (or "Hiệu lực: …") near the top, as portals print it.</summary>
    private static EffectStatus StatedStatus(List<string> lines)
    {
        foreach (var line in lines.Take(MaxHeaderLines))
        {
            var m = StatusLine().Match(line);
            if (m.Success && EffectStatusNames.TryParse(m.Groups["s"].Value, out var status))
            {
                return status;
            }
        }

        return EffectStatus.Unknown;
    }

    /// <summary>
    /// A portal's properties table (vbpl.vn "Thuộc tính": "Số ký hiệu | 101/2015/QH13 | Ngày ban hành | 27/11/2015 …"),
    /// with the document's name on the line above it; null when the text has none.
    /// </summary>
    private static DocumentMetadata? PropertiesTable(List<string> lines)
    {
        var first = lines.FindIndex(l => l.StartsWith("Số ký hiệu |", StringComparison.Ordinal));
        if (first < 0)
        {
            return null;
        }

        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        string? issuer = null, signerTitle = null, signer = null;
        foreach (var row in lines.Skip(first).Take(12).Select(l => l.Split(" | ", StringSplitOptions.TrimEntries)))
        {
            if (row[0].StartsWith("Cơ quan ban hành", StringComparison.Ordinal) && row.Length >= 4)
            {
                (issuer, signerTitle, signer) = (row[1], row[2], row[3]);
                continue;
            }

            for (var c = 0; c + 1 < row.Length; c += 2)
            {
                cells[row[c]] = row[c + 1];
            }
        }

        DateOnly? Date(string key) => cells.TryGetValue(key, out var v) && DateRecognizer.TryMatchNumeric(v, 0, out var d, out _) ? d : null;
        var title = first > 0 && lines[first - 1] is { Length: > 0 and < 300 } above && !above.Contains('|') && !above.Contains(':') ? above : null;
        return new DocumentMetadata(
            cells.TryGetValue("Số ký hiệu", out var n) ? DocumentNumberParser.TryParse(n) : null,
            cells.TryGetValue("Loại văn bản", out var t) ? DocumentTypes.Resolve(t) ?? t : null,
            issuer is { Length: > 0 } ? issuer : null,
            Date("Ngày ban hành"),
            null,
            title,
            Date("Ngày có hiệu lực"),
            signer is { Length: > 0 } ? signer : null,
            signerTitle is { Length: > 0 } ? signerTitle : null);
    }

    /// <summary>What the text states, completed by a properties table.</summary>
    private static DocumentMetadata Merge(DocumentMetadata stated, DocumentMetadata table) => stated with
    {
        Number = stated.Number ?? table.Number,
        Type = stated.Type ?? table.Type,
        Issuer = stated.Issuer ?? table.Issuer,
        IssueDate = stated.IssueDate ?? table.IssueDate,
        Title = stated.Title ?? table.Title,
        EffectiveDate = stated.EffectiveDate ?? table.EffectiveDate,
        Signer = stated.Signer ?? table.Signer,
        SignerTitle = stated.SignerTitle ?? table.SignerTitle,
    };

    /// <summary>
    /// The letterhead's two columns run into one line, as OCR and some portals give them: "CHÍNH PHỦ CỘNG HÒA XÃ
    /// HỘI CHỦ NGHĨA VIỆT NAM", "Số: 105/2021/NĐ-CP Hà Nội, ngày 04 tháng 12 năm 2021".
    /// </summary>
    private static IEnumerable<string> SplitColumns(string line)
    {
        var motto = line.IndexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal);
        if (motto < 0)
        {
            motto = line.IndexOf("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal);
        }

        // Not the constitution's "HIẾN PHÁP NƯỚC CỘNG HÒA …", where the words are the name.
        if (motto > 0 && !line[..motto].TrimEnd().EndsWith("NƯỚC", StringComparison.OrdinalIgnoreCase))
        {
            return [line[..motto].Trim(), line[motto..].Trim()];
        }

        var placeDate = ColumnPlaceDate().Match(line);
        return placeDate.Success && placeDate.Index > 0 && line.StartsWith("Số", StringComparison.OrdinalIgnoreCase)
            ? [line[..placeDate.Index].Trim(), line[placeDate.Index..].Trim()]
            : [line];
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

            if ((IsUpper(line) && title.Length > 0 && LooksLikeIssuer(line)) || IsNumberLine(line) || IsMotto(line)
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

    /// <summary>"Số: 12/2019/QĐ-UBND", "Luật số: …" — not a title that cites a number ("Bãi bỏ Quyết định số 12/2019/QĐ-UBND …").</summary>
    private static bool IsNumberLine(string line) =>
        NumberLine().Match(line) is { Success: true } m && (m.Groups["type"].Value.Trim() is not { Length: > 0 } type || DocumentTypes.Resolve(type) is not null);

    private static bool LooksLikeIssuer(string line)
    {
        var folded = WordNormalizer.Fold(line);
        return folded.StartsWith("uy ban", StringComparison.Ordinal) || folded.StartsWith("chinh phu", StringComparison.Ordinal)
               || folded.StartsWith("quoc hoi", StringComparison.Ordinal) || folded.StartsWith("bo truong", StringComparison.Ordinal)
               || folded.StartsWith("hoi dong", StringComparison.Ordinal) || folded.StartsWith("thu tuong", StringComparison.Ordinal)
               || folded.StartsWith("chu tich", StringComparison.Ordinal) || folded.StartsWith("giam doc", StringComparison.Ordinal);
    }

    /// <summary>
    /// The lines above the national motto, and — when a PDF's text interleaves the two header columns
    /// ("ỦY BAN NHÂN DÂN", "CỘNG HÒA …", "TỈNH HÒA PHONG", "Độc lập - Tự do - Hạnh phúc") — the capitals
    /// between the motto's two lines.
    /// </summary>
    private static List<string> IssuerLines(List<string> header, int motto)
    {
        var lines = header.Take(motto).ToList();
        var slogan = header.FindIndex(motto + 1, l => l.StartsWith("Độc lập", StringComparison.OrdinalIgnoreCase));
        if (slogan > motto + 1 && slogan <= motto + 4)
        {
            lines.AddRange(header.Skip(motto + 1).Take(slogan - motto - 1)
                .Where(l => l.Length > 0 && IsUpper(l) && l != "VIỆT NAM" && DocumentTypes.Resolve(l) is null));
        }

        return lines;
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
            // A ministry's name capitalises each of its parts: "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh và Xã hội".
            var first = words[0].ToLowerInvariant();
            var ministry = first == "bộ" && words.Length > 1 && !words[1].StartsWith("trưởng", StringComparison.Ordinal); // "Bộ trưởng" is a title
            var ministryPart = ministry && i > 1 && (words[i - 1].EndsWith(',') || words[i - 1] is "và" or "-" or "–");
            var capitalize = i == 0 || capitalizeNext > 0 || ministryPart || (i == 1 && (ministry || first is "sở" or "cục" or "vụ"))
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

    /// <summary>"Bản Hiến pháp này đã được Quốc hội … thông qua": the body that passed a text printed without its header.</summary>
    private static string? PassedBy(IEnumerable<string> closing) =>
        closing.Any(l => PassedByAssembly().IsMatch(l)) ? "Quốc hội" : null;

    /// <summary>For a law: "… đã được Quốc hội … thông qua ngày 30 tháng 3 năm 2021"; for a precedent, the same in its header.</summary>
    private static DateOnly? PassedOn(List<string> lines)
    {
        foreach (var line in lines)
        {
            // "thông qua ngày 30 tháng 3 năm 2021"; over several days ("các ngày 01, 02, 03 tháng 02 năm 2023"), the last.
            var m = PassedPattern().Match(line);
            if (m.Success && DateRecognizer.TryMatchVerbal($"ngày {m.Groups["d"].Value} tháng {m.Groups["m"].Value} năm {m.Groups["y"].Value}", 0, out var date, out _))
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

    /// <summary>
    /// The signer: the last line in the closing that reads as a person's name, and the capitals above it
    /// ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Trần Anh Dũng"), also when a portal ran the
    /// block into one line or put it in a table cell beside "Nơi nhận".
    /// </summary>
    private static (string? Name, string? Title) Signature(List<string> lines)
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
                if (IsPersonName(name) && IsUpper(title))
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

                if (!IsUpper(closing[j]) || closing[j].StartsWith("NƠI NHẬN", StringComparison.Ordinal))
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
            var rest = TitleCase(SentenceCase(p[prefix.Length..].Trim()));
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

    [GeneratedRegex(@"thông qua\s+(?:vào\s+)?(?:trong phiên họp\s+)?(?:các\s+)?ngày\s+(?:\d{1,2}\s*(?:,|và)\s*)*(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PassedPattern();

    [GeneratedRegex(@"có hiệu lực(?:\s+thi hành)?(?:\s+(?:kể\s+)?từ|\s+kể\s+từ)\s+(?<date>ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[/\-.]\d{1,2}[/\-.]\d{4}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EffectivePattern();

    [GeneratedRegex(@"^(?:TM|KT|TL|TUQ|Q)\.\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePrefix();

    /// <summary>"… này có hiệu lực (thi hành) (kể) từ ngày ký (ban hành)": in effect from the date of issue.</summary>
    [GeneratedRegex(@"này có hiệu lực(?:\s+thi hành)?\s+(?:kể\s+)?từ\s+ngày\s+ký\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EffectiveOnSigning();

    [GeneratedRegex(@"^(?:Tình trạng hiệu lực|Hiệu lực|Trạng thái)\s*:\s*(?<s>[\p{L} ]{3,30})$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"\[?\s*\((?:Đã ký|đã ký|ĐÃ KÝ)\)\s*\]?", RegexOptions.CultureInvariant)]
    private static partial Regex SignedMark();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=\s)\p{Lu}[\p{L} .\-]{1,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnPlaceDate();

    [GeneratedRegex(@"^(?:Phụ lục|PHỤ LỤC)\s+(?:[IVXLC]+|\d{1,2})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex AppendixLine();

    [GeneratedRegex(@"\bđã được Quốc hội\b.{0,120}?\bthông qua\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassedByAssembly();

    [GeneratedRegex(@"\b(?:PHÓ\s+)?(?:THỦ TƯỚNG|CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG KIỂM TOÁN|THỐNG ĐỐC|TRƯỞNG BAN|CHỦ NHIỆM)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    [GeneratedRegex(@"(?=\b(?:TM|KT|TL|TUQ)\.)", RegexOptions.CultureInvariant)]
    private static partial Regex SignPrefix();

    [GeneratedRegex(@"\b(?:PHÓ|THỨ TRƯỞNG)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DeputyTitle();

    [GeneratedRegex(@"(?<=^|\s)[Pp]hó (chủ tịch|thủ tướng|giám đốc|chánh án|chánh văn phòng|viện trưởng|trưởng ban|cục trưởng|vụ trưởng)", RegexOptions.CultureInvariant)]
    private static partial Regex DeputyOffice();
}
