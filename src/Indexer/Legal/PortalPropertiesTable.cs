using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// What portals print beside the text: the properties table ("Số ký hiệu | … | Ngày ban hành | …") and the
/// effect status line ("Tình trạng hiệu lực: Còn hiệu lực"); what the text itself states wins.
/// </summary>
internal static partial class PortalPropertiesTable
{
    /// <summary>"Tình trạng hiệu lực: Còn hiệu lực" (or "Hiệu lực: …") near the top, as portals print it.</summary>
    internal static EffectStatus StatedStatus(List<string> lines)
    {
        foreach (var line in lines.Take(MetadataExtractor.MaxHeaderLines))
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
    internal static DocumentMetadata? PropertiesTable(List<string> lines)
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
    internal static DocumentMetadata Merge(DocumentMetadata stated, DocumentMetadata table) => stated with
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

    [GeneratedRegex(@"^(?:Tình trạng hiệu lực|Hiệu lực|Trạng thái)\s*:\s*(?<s>[\p{L} ]{3,30})$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();
}
