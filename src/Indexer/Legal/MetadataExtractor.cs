using System.Text;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Reads the metadata a Vietnamese document states (Nghị định 30/2020/NĐ-CP layout): the issuing body above
/// the national motto, "Số: …", "Place, ngày … tháng … năm …", the type in capitals and the title under
/// it in the preamble; the effective date in the body; the signer in the closing. What is not there stays
/// null: nothing is guessed. This class reads the header (number, type, title, place and date) and puts the
/// parts together; the issuer (<see cref="IssuerReader"/>), the dates in the text (<see cref="EffectiveDateReader"/>),
/// the signature (<see cref="SignatureReader"/>) and a portal's properties table (<see cref="PortalPropertiesTable"/>)
/// are read by their own classes.
/// </summary>
public static partial class MetadataExtractor
{
    internal const int MaxHeaderLines = 40;

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

            if (type is null && i > motto && LetterCase.IsUpper(line) && DocumentTypes.Resolve(line.TrimEnd(':').Trim()) is { } t)
            {
                type = t;
                typeLine = i;
            }
            else if (type is null && AppendixHeading.TryRead(line, out _))
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

        var title = numberLineTitle is not null && typeLine == numberLine ? LetterCase.Capitalize(numberLineTitle) : typeLine >= 0 ? TitleAfter(header, typeLine) : null;
        if (type == "Văn bản hợp nhất" && typeLine < 0)
        {
            var lawLine = header.FindIndex(motto + 1, l => l.Length > 0 && LetterCase.IsUpper(l) && DocumentTypes.Resolve(l) is not null);
            title = lawLine >= 0 ? TitleAfter(header, lawLine) : null;
        }
        var adoptedBy = IssuerReader.AdoptedBy(header);
        date ??= EffectiveDateReader.PassedOn([string.Join(' ', header)]) ?? EffectiveDateReader.PassedOn(lines.Skip(Math.Max(0, lines.Count - SignatureReader.ClosingLines - 20)).ToList());
        var (signer, signerTitle) = SignatureReader.Signature(lines);
        var stated = new DocumentMetadata(
            number,
            type ?? (number is null ? null : DocumentTypes.FromSymbol(number.TypeSymbol)),
            IssuerReader.Issuer(motto > 0 ? IssuerReader.IssuerLines(header, motto) : []) ?? adoptedBy ?? IssuerReader.PassedBy(lines.Skip(Math.Max(0, lines.Count - SignatureReader.ClosingLines - 20))),
            date,
            place,
            title,
            EffectiveDateReader.EffectiveFrom(text) ?? (date is not null && EffectiveDateReader.EffectiveOnSigning().IsMatch(text) ? date : null),
            signer,
            signerTitle)
        {
            Status = PortalPropertiesTable.StatedStatus(lines),
        };
        return PortalPropertiesTable.PropertiesTable(lines) is { } properties ? PortalPropertiesTable.Merge(stated, properties) : stated;
    }

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

            if (title.Length > 0 && LetterCase.IsUpper(line) != LetterCase.IsUpper(title.ToString()))
            {
                break; // a title in capitals ends where sentence case begins, and the reverse (the issuer repeated)
            }

            if ((LetterCase.IsUpper(line) && title.Length > 0 && IssuerReader.LooksLikeIssuer(line)) || IsNumberLine(line) || IsMotto(line)
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
        return LetterCase.IsUpper(text) ? LetterCase.SentenceCase(text) : text;
    }

    /// <summary>"Số: 12/2019/QĐ-UBND", "Luật số: …" — not a title that cites a number ("Bãi bỏ Quyết định số 12/2019/QĐ-UBND …").</summary>
    private static bool IsNumberLine(string line) =>
        NumberLine().Match(line) is { Success: true } m && (m.Groups["type"].Value.Trim() is not { Length: > 0 } type || DocumentTypes.Resolve(type) is not null);

    [GeneratedRegex(@"^(?<type>[\p{L} ]{0,24}?)\bS[ỐốOo]\s*(?:hiệu|HIỆU|ký hiệu)?\s*[:.]?\s*(?<n>\d.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[\p{L} .\-]{0,40}),\s*(?<date>ng[àa]y\s+\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Theo đề nghị|Điều\s+1\b|Chương\s+[IV1]\b|CHƯƠNG\s+[IV1]\b|Phần\s+(?:thứ\s+nhất|I)\b|PHẦN\s+(?:THỨ\s+NHẤT|I)\b|I\.\s|LỜI NÓI ĐẦU)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"(?<=\s)\p{Lu}[\p{L} .\-]{1,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnPlaceDate();
}
