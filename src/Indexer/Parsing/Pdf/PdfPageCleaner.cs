using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>
/// Removes what is printed on a page but is not the document: the Công báo running header ("CÔNG BÁO/Số 567
/// + 568/Ngày 30-4-2021") with its page number, bare page numbers at the top or bottom of a page, the
/// digital-signature stamp ("Ký bởi: …", "Email: …", "Cơ quan: …", "Thời gian ký: …"), the gazette's
/// "(Xem tiếp Công báo số …)" and its publisher's block on the last page ("VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN …").
/// </summary>
internal static partial class PdfPageCleaner
{
    /// <summary>Non-blank lines at each end of a page where a bare number is a page number.</summary>
    private const int EdgeLines = 3;

    public static List<string> Clean(string page)
    {
        var lines = new List<string>();
        foreach (var raw in page.Split('\n'))
        {
            var line = raw.TrimEnd();
            var trimmed = line.Trim();
            if (PublisherBlock().IsMatch(trimmed))
            {
                break; // the rest of the page is the gazette's imprint
            }

            if (!CongBaoHeader().IsMatch(trimmed) && !SignatureStamp().IsMatch(trimmed) && !SeeNextIssue().IsMatch(trimmed))
            {
                lines.Add(line);
            }
        }

        var nonBlank = lines.Select((l, i) => (l, i)).Where(p => p.l.Trim().Length > 0).Select(p => p.i).ToList();
        var edges = nonBlank.Take(EdgeLines).Concat(nonBlank.TakeLast(EdgeLines)).Where(i => PageNumber().IsMatch(lines[i].Trim())).ToHashSet();
        return lines.Where((_, i) => !edges.Contains(i)).ToList();
    }

    [GeneratedRegex(@"^\d{0,4}\s*CÔNG BÁO\s*/\s*Số\s+[\d\s+]+/\s*Ngày\s+[\d\-/.]+\s*\d{0,4}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CongBaoHeader();

    [GeneratedRegex(@"^(Người ký|Ký bởi|Email|Cơ quan|Thời gian ký|Ngày ký)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureStamp();

    [GeneratedRegex(@"^\(Xem tiếp Công báo số [\d\s+]+\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SeeNextIssue();

    [GeneratedRegex(@"^VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN$", RegexOptions.CultureInvariant)]
    private static partial Regex PublisherBlock();

    [GeneratedRegex(@"^(-\s*)?(Trang\s+)?\d{1,4}(\s*/\s*\d{1,4})?(\s*-)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
