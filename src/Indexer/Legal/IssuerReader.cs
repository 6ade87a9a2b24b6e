using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// The issuing body: the capitals above the national motto ("ỦY BAN NHÂN DÂN TỈNH X / SỞ TƯ PHÁP" is Sở Tư pháp
/// tỉnh X), or for a precedent the council that adopted it, or the National Assembly for a law printed without its header.
/// </summary>
internal static partial class IssuerReader
{
    private static readonly string[] ChildBodies = ["sở ", "phòng ", "ban ", "chi cục ", "cục ", "vụ ", "văn phòng ", "thanh tra ", "công an ", "bộ chỉ huy "];

    private static readonly string[] PlaceMarkers = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"];

    internal static bool LooksLikeIssuer(string line)
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
    internal static List<string> IssuerLines(List<string> header, int motto)
    {
        var lines = header.Take(motto).ToList();
        var slogan = header.FindIndex(motto + 1, l => l.StartsWith("Độc lập", StringComparison.OrdinalIgnoreCase));
        if (slogan > motto + 1 && slogan <= motto + 4)
        {
            lines.AddRange(header.Skip(motto + 1).Take(slogan - motto - 1)
                .Where(l => l.Length > 0 && LetterCase.IsUpper(l) && l != "VIỆT NAM" && DocumentTypes.Resolve(l) is null));
        }

        return lines;
    }

    internal static string? Issuer(List<string> lines)
    {
        var names = lines.Where(l => l.Length > 0 && LetterCase.IsUpper(l) && !MetadataExtractor.NumberLine().IsMatch(l) && !l.StartsWith("CÔNG BÁO", StringComparison.Ordinal))
            .Select(l => l.StartsWith("VĂN BẢN HỢP NHẤT", StringComparison.Ordinal) && l.Contains('-', StringComparison.Ordinal) ? l[(l.IndexOf('-', StringComparison.Ordinal) + 1)..].Trim() : l)
            .ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var last = LetterCase.SentenceCase(names[^1]);
        var child = names.Count > 1 && ChildBodies.Any(b => last.StartsWith(b, StringComparison.OrdinalIgnoreCase));
        if (child)
        {
            // "ỦY BAN NHÂN DÂN TỈNH X / SỞ TƯ PHÁP": the body that issues is the last line, of the parent's place.
            var place = PlaceIn(LetterCase.SentenceCase(string.Join(' ', names.Take(names.Count - 1))));
            return place is null ? last : $"{last} {place}";
        }

        return LetterCase.SentenceCase(string.Join(' ', names));
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

    /// <summary>A precedent's "Được Hội đồng Thẩm phán … thông qua ngày …": the body that adopted it.</summary>
    internal static string? AdoptedBy(List<string> header)
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
    internal static string? PassedBy(IEnumerable<string> closing) =>
        closing.Any(l => PassedByAssembly().IsMatch(l)) ? "Quốc hội" : null;

    [GeneratedRegex(@"^Được\s+(?<body>.+?)\s+thông qua", RegexOptions.CultureInvariant)]
    private static partial Regex AdoptedPattern();

    [GeneratedRegex(@"\bđã được Quốc hội\b.{0,120}?\bthông qua\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassedByAssembly();
}
