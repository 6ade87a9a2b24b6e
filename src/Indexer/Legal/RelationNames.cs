using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// What a relation means, in the words people read, both ways: the citing document "bãi bỏ" its target; the
/// target "bị bãi bỏ bởi" the citing document. The one place the UI, CLI, alerts and exports take them from.
/// </summary>
public static class RelationNames
{
    /// <summary>What the citing document does: "bãi bỏ", "lấy làm căn cứ", "dẫn chiếu".</summary>
    public static string Active(CitationRelation relation) => relation switch
    {
        CitationRelation.Basis => "lấy làm căn cứ",
        CitationRelation.Amends => "sửa đổi",
        CitationRelation.Supplements => "bổ sung",
        CitationRelation.Replaces => "thay thế",
        CitationRelation.Repeals => "bãi bỏ",
        CitationRelation.Expires => "tuyên bố hết hiệu lực",
        CitationRelation.Guides => "hướng dẫn",
        CitationRelation.Details => "quy định chi tiết",
        CitationRelation.Suspends => "đình chỉ thi hành",
        _ => "dẫn chiếu",
    };

    /// <summary>What happens to the target: "bị bãi bỏ bởi", "được lấy làm căn cứ bởi", "được dẫn chiếu bởi".</summary>
    public static string Passive(CitationRelation relation) => relation switch
    {
        CitationRelation.Basis => "được lấy làm căn cứ bởi",
        CitationRelation.Amends => "được sửa đổi bởi",
        CitationRelation.Supplements => "được bổ sung bởi",
        CitationRelation.Replaces => "được thay thế bởi",
        CitationRelation.Repeals => "bị bãi bỏ bởi",
        CitationRelation.Expires => "được tuyên bố hết hiệu lực bởi",
        CitationRelation.Guides => "được hướng dẫn bởi",
        CitationRelation.Details => "được quy định chi tiết bởi",
        CitationRelation.Suspends => "bị đình chỉ thi hành bởi",
        _ => "được dẫn chiếu bởi",
    };
}
