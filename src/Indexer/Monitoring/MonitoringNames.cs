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

    /// <summary>
    /// Who found a finding or made a change, as people read it: a detector by its Vietnamese name ("Bộ phát hiện
    /// căn cứ hết hiệu lực"), a person by their account's display name when <paramref name="people"/> knows the
    /// account ("Nguyễn Thị Lan"), else by the login name recorded.
    /// </summary>
    public static string FoundBy(string? foundBy, IPersonNames? people = null) => foundBy switch
    {
        "rule:lapsed-basis" => "Bộ phát hiện căn cứ hết hiệu lực",
        "rule:ended-programme" => "Bộ phát hiện chương trình, kế hoạch đã kết thúc",
        "rule:overlap" => "Bộ phát hiện chồng chéo",
        "rule:contradiction" => "Bộ phát hiện mâu thuẫn",
        "rule:conflict-with-higher" => "Bộ phát hiện quy định không phù hợp văn bản cấp trên",
        "rule:later-restatement" => "Bộ phát hiện quy định được ban hành lại khác đi (thay thế ngầm)",
        "rule:closing-the-loop" => "Bộ theo dõi kết quả xử lý kiến nghị",
        "rule:retire" => "Hệ thống (tự động đóng ứng viên không còn căn cứ)",
        "rule:plan-tasks" => "Bộ đọc nhiệm vụ trong kế hoạch",
        "rule:reporting-duties" => "Bộ đọc nghĩa vụ báo cáo",
        "rule:reporting-deadlines" => "Bộ đối chiếu thời hạn báo cáo",
        "rule:report-receipts" => "Bộ ghi nhận báo cáo đã nhận",
        MonitoringStore.ReparseActor => "Hệ thống (đọc lại văn bản bằng bộ phân tích mới)",
        null or "" => "(không rõ)",
        { } other when other.StartsWith("rule:", StringComparison.Ordinal) => "Bộ phát hiện tự động",
        { } person => people?.DisplayName(person) ?? person,
    };

    /// <summary>
    /// What a change in a register's history did, in Vietnamese ("Lập dự thảo", "Gửi cơ quan có thẩm quyền",
    /// "Hoàn thành"): <paramref name="entity"/> is the register (<see cref="MonitoringStore.FindingEntity"/> …), since
    /// the same word names different acts ("created" is drafting a recommendation, adding a task); the word itself
    /// when it is not known.
    /// </summary>
    public static string HistoryAction(string entity, string action) => (entity, action) switch
    {
        (_, "edited") => "Sửa nội dung",
        (_, MonitoringStore.MovedAction) => "Cập nhật vị trí quy định khi đọc lại văn bản",
        (MonitoringStore.FindingEntity, "created") => "Ghi nhận phát hiện",
        (MonitoringStore.FindingEntity, "detected") => "Bộ phát hiện ghi nhận ứng viên",
        (MonitoringStore.FindingEntity, "confirmed") => "Xác nhận",
        (MonitoringStore.FindingEntity, "dismissed") => "Loại",
        (MonitoringStore.FindingEntity, "reopened") => "Mở lại",
        (MonitoringStore.RecommendationEntity, "created") => "Lập dự thảo",
        (MonitoringStore.RecommendationEntity, "sent") => "Gửi cơ quan có thẩm quyền",
        (MonitoringStore.RecommendationEntity, "answered") => "Ghi nhận trả lời",
        (MonitoringStore.RecommendationEntity, "implemented") => "Ghi nhận đã thực hiện",
        (MonitoringStore.RecommendationEntity, "closed") => "Đóng",
        (MonitoringStore.RecommendationEntity, "outcome-proposed") => "Bộ theo dõi đề xuất văn bản thực hiện",
        (MonitoringStore.TaskEntity, "created") => "Thêm nhiệm vụ",
        (MonitoringStore.TaskEntity, "proposed") => "Đề xuất từ kế hoạch",
        (MonitoringStore.TaskEntity, "confirmed") => "Xác nhận",
        (MonitoringStore.TaskEntity, "rejected") => "Không nhận",
        (MonitoringStore.TaskEntity, "started") => "Bắt đầu thực hiện",
        (MonitoringStore.TaskEntity, "done") => "Hoàn thành",
        (MonitoringStore.TaskEntity, "cancelled") => "Hủy",
        (MonitoringStore.TaskEntity, "results-linked") => "Gắn kết quả",
        (MonitoringStore.ObligationEntity, "read") => "Đọc từ quy định",
        (MonitoringStore.ObligationEntity, "received") => "Ghi nhận báo cáo đã nhận",
        (MonitoringStore.ObligationEntity, "rejected") => "Không nhận",
        (MonitoringStore.ObligationEntity, "ended") => "Không còn áp dụng",
        (MonitoringStore.ObligationEntity, "superseded") => "Được thay bằng quy định sau",
        (MonitoringStore.ObligationEntity, "supersedes") => "Thay quy định trước",
        _ => action,
    };

    /// <summary>The kind of a piece of evidence: "Văn bản", "Đoạn trùng", "Khác biệt", "Thông tin hiệu lực".</summary>
    public static string EvidenceKind(string kind) => kind switch
    {
        "document" => "Văn bản",
        "passage" => "Đoạn trùng",
        "diff" => "Khác biệt",
        "effect-fact" => "Thông tin hiệu lực",
        "inspection" => "Kiểm tra",
        "survey" => "Khảo sát",
        "petition" => "Phản ánh, kiến nghị",
        "press" => "Báo chí",
        _ => "Chứng cứ khác",
    };
}
