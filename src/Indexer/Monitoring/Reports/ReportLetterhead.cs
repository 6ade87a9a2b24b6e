namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>
/// Who issues the report and how it is signed, for the DOCX draft (Nghị định 30/2020/NĐ-CP layout). Every
/// default is a placeholder the officer fills in; a deployment sets its own (settings section <c>Reports</c>).
/// </summary>
public sealed record ReportLetterhead
{
    /// <summary>The body above the issuer ("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG").</summary>
    public string ParentBody { get; init; } = "ỦY BAN NHÂN DÂN TỈNH …";

    /// <summary>The issuing body ("SỞ TƯ PHÁP").</summary>
    public string Body { get; init; } = "SỞ TƯ PHÁP";

    /// <summary>The symbol after the number ("BC-STP").</summary>
    public string Symbol { get; init; } = "BC-STP";

    /// <summary>The place before the date ("Hòa Phong").</summary>
    public string Place { get; init; } = "…";

    /// <summary>The signer's authority and title lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC").</summary>
    public IReadOnlyList<string> SignerTitle { get; init; } = ["GIÁM ĐỐC"];

    /// <summary>The signer's name, or null to leave it to be written.</summary>
    public string? Signer { get; init; }

    /// <summary>Recipients (Nơi nhận), without the closing "Lưu: VT".</summary>
    public IReadOnlyList<string> Recipients { get; init; } = ["Bộ Tư pháp (Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính)", "Ủy ban nhân dân tỉnh (để báo cáo)"];
}
