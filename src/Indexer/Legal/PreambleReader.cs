using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Reads the metadata a Vietnamese document states in its preamble (Nghị định 30/2020/NĐ-CP layout): the
/// issuing body above the national motto, "Số: …", "Place, ngày … tháng … năm …", the type in capitals and
/// the title under it. What is not there stays null: nothing is guessed.
/// </summary>
public static partial class PreambleReader
{
    private const int MaxPreambleLines = 40;

    private static readonly string[] ChildBodies = ["sở ", "phòng ", "ban ", "chi cục ", "cục ", "vụ ", "văn phòng ", "thanh tra ", "công an ", "bộ chỉ huy "];

    /// <summary>The metadata found in the first lines of <paramref name="text"/>.</summary>
    public static PreambleMetadata Read(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Take(MaxPreambleLines).ToList();
        var end = lines.FindIndex(l => BodyStart().IsMatch(l));
        if (end >= 0)
        {
            lines = lines.Take(end).ToList();
        }

        var motto = lines.FindIndex(l => Fold(l).StartsWith("cong hoa xa hoi chu nghia viet nam", StringComparison.Ordinal));
        var issuerLines = motto > 0 ? lines.Take(motto).Where(l => l.Length > 0).ToList() : [];

        DocumentNumber? number = null;
        DateOnly? date = null;
        string? type = null;
        var typeLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (number is null && NumberLine().Match(line) is { Success: true } m)
            {
                number = DocumentNumberParser.TryParse(m.Groups["n"].Value);
            }
            else if (date is null && line.Contains(',', StringComparison.Ordinal) && DateIn(line) is { } d)
            {
                date = d;
            }
            else if (type is null && i > motto && IsUpper(line) && DocumentTypes.Resolve(line.TrimEnd(':')) is { } t)
            {
                type = t;
                typeLine = i;
            }
        }

        var title = typeLine >= 0 ? TitleAfter(lines, typeLine) : null;
        return new PreambleMetadata(number, type ?? (number is null ? null : DocumentTypes.FromSymbol(number.TypeSymbol)), Issuer(issuerLines), date, title);
    }

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

            if (IsUpper(line) && title.Length > 0)
            {
                break; // the issuer's name repeated above the legal basis
            }

            title.Append(title.Length > 0 ? " " : string.Empty).Append(line);
        }

        return title.Length > 0 ? title.ToString() : null;
    }

    private static string? Issuer(List<string> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var last = SentenceCase(lines[^1]);
        var child = lines.Count > 1 && ChildBodies.Any(b => last.StartsWith(b, StringComparison.OrdinalIgnoreCase));
        if (child)
        {
            // "ỦY BAN NHÂN DÂN TỈNH X / SỞ TƯ PHÁP": the body that issues is the last line, of the parent's place.
            var place = PlaceIn(SentenceCase(string.Join(' ', lines.Take(lines.Count - 1))));
            return place is null ? last : $"{last} {place}";
        }

        return SentenceCase(string.Join(' ', lines));
    }

    /// <summary>"tỉnh Hòa Phong" out of "Ủy ban nhân dân tỉnh Hòa Phong", or null.</summary>
    private static string? PlaceIn(string name)
    {
        var m = Place().Match(name);
        return m.Success ? m.Value : null;
    }

    /// <summary>
    /// Lower case with the first letter capital, and capitals kept for the name after "tỉnh", "thành phố",
    /// "huyện", "xã", "phường", and for the department after "Sở"/"Bộ": "SỞ TƯ PHÁP" → "Sở Tư pháp".
    /// </summary>
    private static string SentenceCase(string line)
    {
        if (!IsUpper(line))
        {
            return line;
        }

        var words = line.ToLower(CultureInfo.InvariantCulture).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalizeRest = false;
        for (var i = 0; i < words.Length; i++)
        {
            var capitalize = i == 0 || capitalizeRest || (i == 1 && words[0].ToLowerInvariant() is "sở" or "bộ" or "cục" or "vụ");
            if (capitalize)
            {
                words[i] = char.ToUpper(words[i][0], CultureInfo.InvariantCulture) + words[i][1..];
            }

            if (words[i] is "tỉnh" or "huyện" or "xã" or "phường" or "quận" || (i > 0 && words[i - 1] == "thành" && words[i] == "phố"))
            {
                capitalizeRest = true;
            }
        }

        return string.Join(' ', words);
    }

    private static DateOnly? DateIn(string line)
    {
        var at = Fold(line).IndexOf("ngay ", StringComparison.Ordinal);
        return at >= 0 && DateRecognizer.TryMatchVerbal(line, at, out var date, out _) ? date : null;
    }

    private static bool IsUpper(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    private static string Fold(string s) => WordNormalizer.Fold(s);

    [GeneratedRegex(@"^S[ốo]\s*(?:[:.]\s*)?(?<n>\d.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện|Theo đề nghị|Điều\s+1\b|I\.\s)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"(?:tỉnh|thành phố|huyện|quận|xã|phường)\s+\p{Lu}.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Place();
}
