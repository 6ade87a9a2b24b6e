using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Citations;

/// <summary>
/// What the blocks of vbpl.vn's "Lược đồ" mean: the one place they are decided. The page lays them out in
/// three columns around the described document: on the left, documents it acts on ("Văn bản được sửa đổi":
/// it amends them; "Văn bản hết hiệu lực": it ended them); in the middle, what it rests on and refers to
/// ("Văn bản căn cứ", "Văn bản dẫn chiếu"); on the right, documents that act on it ("Văn bản sửa đổi",
/// "Văn bản quy định hết hiệu lực": they ended it).
/// </summary>
/// <remarks>
/// A block "… 1 phần" names no provision, so it is recorded as a reference (dẫn chiếu) with the portal's
/// words kept in the text, and an incoming one marks the described document partly expired; never a whole
/// document's end.
/// </remarks>
public static class DiagramRelations
{
    private static readonly Dictionary<string, DiagramMeaning> Blocks = new(StringComparer.Ordinal)
    {
        ["van ban duoc hd qd chi tiet"] = new(CitationRelation.Details, null, null),
        ["van ban hd qd chi tiet"] = new(null, CitationRelation.Details, null),
        ["van ban het hieu luc"] = new(CitationRelation.Expires, null, null),
        ["van ban quy dinh het hieu luc"] = new(null, CitationRelation.Expires, EffectStatus.Expired),
        ["van ban bi het hieu luc 1 phan"] = new(CitationRelation.References, null, null),
        ["van ban quy dinh het hieu luc 1 phan"] = new(null, CitationRelation.References, EffectStatus.PartlyExpired),
        ["van ban can cu"] = new(CitationRelation.Basis, null, null),
        ["van ban dan chieu"] = new(CitationRelation.References, null, null),
        ["van ban lien quan khac"] = new(CitationRelation.References, null, null),
        ["van ban bi dinh chi"] = new(CitationRelation.Suspends, null, null),
        ["van ban dinh chi"] = new(null, CitationRelation.Suspends, EffectStatus.Suspended),
        ["van ban bi dinh chi 1 phan"] = new(CitationRelation.References, null, null),
        ["van ban dinh chi 1 phan"] = new(null, CitationRelation.References, null),
        ["van ban duoc bo sung"] = new(CitationRelation.Supplements, null, null),
        ["van ban bo sung"] = new(null, CitationRelation.Supplements, null),
        ["van ban duoc sua doi"] = new(CitationRelation.Amends, null, null),
        ["van ban sua doi"] = new(null, CitationRelation.Amends, null),
        ["van ban bi thay the"] = new(CitationRelation.Replaces, null, null),
        ["van ban thay the"] = new(null, CitationRelation.Replaces, EffectStatus.Expired),
    };

    /// <summary>What the block headed <paramref name="heading"/> means; null for a heading not known (its entries are then references).</summary>
    public static DiagramMeaning? Of(string heading) =>
        Blocks.GetValueOrDefault(VietnameseAnalyzer.FoldWords(heading));

    /// <summary>
    /// The status the blocks that list something give the described document, the strongest first: ended,
    /// suspended, partly ended; Unknown when none does.
    /// </summary>
    public static EffectStatus SubjectStatus(IEnumerable<string> listingHeadings)
    {
        var statuses = listingHeadings.Select(h => Of(h)?.SubjectStatus).OfType<EffectStatus>().ToList();
        return statuses.Contains(EffectStatus.Expired) ? EffectStatus.Expired
            : statuses.Contains(EffectStatus.Suspended) ? EffectStatus.Suspended
            : statuses.Contains(EffectStatus.PartlyExpired) ? EffectStatus.PartlyExpired
            : EffectStatus.Unknown;
    }
}
