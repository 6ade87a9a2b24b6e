namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// The text a recommendation drafted from a finding starts with: a clean Vietnamese sentence naming each
/// provision by document type, number and path, with the provisions' own words where they differ. The officer
/// edits it before it is sent; it never carries markup or internal ids.
/// </summary>
public static class RecommendationDraft
{
    public static string For(Finding finding, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(labels);
        var provisions = finding.Provisions
            .Select(p => Legal.DocumentName.WithProvision(labels.OfReference(p.DocumentId), p.Path))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var documents = finding.Provisions.Select(p => labels.OfReference(p.DocumentId)).Distinct(StringComparer.Ordinal).ToList();
        var reason = finding.Description.TrimEnd('.', ' ');
        return finding.Class switch
        {
            FindingClass.Contradiction when finding.FoundBy == Detectors.OverlapDetector.LaterRestatementRule && provisions.Count == 2
                    && finding.Evidence.FirstOrDefault(e => e.Kind == "diff")?.Note is { } restated =>
                $"Kiến nghị bãi bỏ {provisions[0]} (được quy định lại, khác đi, tại {provisions[1]}, ban hành sau) hoặc sửa đổi để thống nhất: {restated.TrimEnd('.')}.",
            FindingClass.ConflictWithHigher when provisions.Count == 2 && finding.Evidence.FirstOrDefault(e => e.Kind == "diff")?.Note is { } departs =>
                $"Kiến nghị sửa đổi {provisions[0]} cho phù hợp với {provisions[1]} của cơ quan cấp trên: {departs.TrimEnd('.')}.",
            FindingClass.Contradiction when finding.Evidence.FirstOrDefault(e => e.Kind == "diff")?.Note is { } quotes =>
                $"Kiến nghị sửa đổi {Join(provisions)} để thống nhất nội dung: {quotes.TrimEnd('.')}.",
            FindingClass.Overlap => $"Kiến nghị rà soát, sửa đổi {Join(provisions)} để loại bỏ quy định chồng chéo ({reason}).",
            FindingClass.LapsedBasis => $"Kiến nghị rà soát, sửa đổi hoặc thay thế {Join(documents)} do căn cứ ban hành đã hết hiệu lực: {reason}.",
            FindingClass.ConflictWithHigher => $"Kiến nghị sửa đổi {Join(provisions)} cho phù hợp với văn bản cấp trên: {reason}.",
            _ when provisions.Count > 0 => $"Kiến nghị xem xét, xử lý {Join(provisions)}: {reason}.",
            _ => $"Kiến nghị xem xét, xử lý: {reason}.",
        };
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count switch
        {
            0 => "các quy định nêu trên",
            1 => items[0],
            _ => string.Join("; ", items.Take(items.Count - 1)) + " và " + items[^1],
        };
}
