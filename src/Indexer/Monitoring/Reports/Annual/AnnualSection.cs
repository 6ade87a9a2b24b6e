namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>
/// One section of the annual report: its heading, and what fills it — figures from the registers ("plans",
/// "inspections", "findings", "recommendations", "reports") or, for any other key, a marked placeholder for the
/// officer's words.
/// </summary>
/// <param name="Key">What fills it.</param>
/// <param name="Heading">Its heading as printed ("II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH …").</param>
/// <param name="Prompt">For a placeholder: what the officer is asked to write.</param>
public sealed record AnnualSection(string Key, string Heading, string? Prompt = null)
{
    /// <summary>The keys the registers fill.</summary>
    public static IReadOnlySet<string> FilledKeys { get; } = new HashSet<string>(StringComparer.Ordinal) { "plans", "inspections", "findings", "recommendations", "reports" };

    /// <summary>
    /// The sections by default, in the order of a provincial report on monitoring law implementation (the framework
    /// moved to Nghị định 80/2025/NĐ-CP in 2025 and may move again: the list is the setting <c>Reports:AnnualSections</c>).
    /// </summary>
    public static IReadOnlyList<AnnualSection> Default { get; } =
    [
        new("context", "I. KHÁI QUÁT CHUNG", "Tình hình triển khai công tác theo dõi thi hành pháp luật trong năm: chỉ đạo, ban hành văn bản, bố trí nhân lực, kinh phí."),
        new("plans", "II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT"),
        new("inspections", "III. KIỂM TRA, KHẢO SÁT TÌNH HÌNH THI HÀNH PHÁP LUẬT"),
        new("findings", "IV. KẾT QUẢ PHÁT HIỆN QUY ĐỊNH CÓ VẤN ĐỀ"),
        new("recommendations", "V. KIẾN NGHỊ VÀ KẾT QUẢ XỬ LÝ KIẾN NGHỊ"),
        new("reports", "VI. THỰC HIỆN CHẾ ĐỘ BÁO CÁO"),
        new("assessment", "VII. ĐÁNH GIÁ CHUNG", "Kết quả đạt được, hạn chế, khó khăn, vướng mắc và nguyên nhân."),
        new("proposals", "VIII. ĐỀ XUẤT, KIẾN NGHỊ", "Đề xuất, kiến nghị với Bộ Tư pháp, Ủy ban nhân dân tỉnh và các cơ quan có liên quan."),
    ];
}
