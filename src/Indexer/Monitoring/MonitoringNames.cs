namespace LawMonitor.Indexer.Monitoring;

/// <summary>The Vietnamese names of the registers' values, as the UI, the CLI and the reports print them.</summary>
public static class MonitoringNames
{
    public static string Of(FindingClass value) => value switch
    {
        FindingClass.OverdueDetailing => "Nợ đọng văn bản quy định chi tiết",
        FindingClass.Contradiction => "Mâu thuẫn",
        FindingClass.Overlap => "Chồng chéo",
        FindingClass.ConflictWithHigher => "Không phù hợp văn bản cấp trên",
        FindingClass.Infeasible => "Không khả thi, không còn phù hợp",
        FindingClass.LapsedBasis => "Căn cứ hết hiệu lực",
        FindingClass.MissingConditions => "Thiếu điều kiện bảo đảm thi hành",
        _ => "Không tuân thủ",
    };

    public static string Of(FindingStatus value) => FindingLifecycle.Name(value);

    public static string Of(RecommendationStatus value) => RecommendationLifecycle.Name(value);

    public static string Of(RecommendedAction value) => value switch
    {
        RecommendedAction.Issue => "Ban hành mới",
        RecommendedAction.Amend => "Sửa đổi",
        RecommendedAction.Supplement => "Bổ sung",
        RecommendedAction.Replace => "Thay thế",
        RecommendedAction.Repeal => "Bãi bỏ",
        RecommendedAction.Suspend => "Đình chỉ thi hành",
        _ => "Biện pháp tổ chức thi hành",
    };

    public static string Of(AnswerVerdict value) => value switch
    {
        AnswerVerdict.Accepted => "Tiếp thu",
        AnswerVerdict.PartlyAccepted => "Tiếp thu một phần",
        _ => "Không tiếp thu",
    };
}
