using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>
/// Removes what is printed on a page but is not the document: the Công báo running header ("CÔNG BÁO/Số 567
/// + 568/Ngày 30-4-2021") with its page number, bare page numbers at the top or bottom of a page, and the
/// digital-signature stamp ("Người ký: …", "Email: …", "Cơ quan: …", "Thời gian ký: …").
/// </summary>
internal static partial class PdfPageCleaner
{
    private const int EdgeLines = 4;

    public static List<string> Clean(string page)
    {
        var lines = page.Split('\n').Select(l => l.TrimEnd()).ToList();
        var kept = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var nearEdge = i < EdgeLines || i >= lines.Count - EdgeLines;
            if (CongBaoHeader().IsMatch(line) || SignatureStamp().IsMatch(line) || (nearEdge && PageNumber().IsMatch(line)))
            {
                continue;
            }

            kept.Add(lines[i]);
        }

        return kept;
    }

    [GeneratedRegex(@"^\d{0,4}\s*CÔNG BÁO\s*/\s*Số\s+[\d\s+]+/\s*Ngày\s+[\d\-/.]+\s*\d{0,4}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CongBaoHeader();

    [GeneratedRegex(@"^(Người ký|Email|Cơ quan|Thời gian ký|Ký bởi|Ngày ký)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureStamp();

    [GeneratedRegex(@"^(-\s*)?(Trang\s+)?\d{1,4}(\s*/\s*\d{1,4})?(\s*-)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
