namespace LawMonitor.Indexer.Tests.Support;

/// <summary>Short decisions written for the detector tests: one reporting duty, set with different deadlines by different bodies.</summary>
public static class PlantedDecision
{
    /// <summary>The duty to report to the Sở Tư pháp by <paramref name="deadline"/> ("trước ngày 15 tháng 11") every year.</summary>
    public static string Reporting(string deadline) =>
        $"Các cơ quan, đơn vị gửi báo cáo kết quả theo dõi tình hình thi hành pháp luật trong lĩnh vực được giao về Sở Tư pháp {deadline} hằng năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.";

    /// <summary>A decision of <paramref name="issuer"/> (its heading in capitals) with its number, place and date, holding <paramref name="article"/>.</summary>
    public static string Text(string issuer, string place, string number, string date, string article) =>
        $"{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: {number}\n{place}, ngày {date}\nQUYẾT ĐỊNH\nBan hành Quy chế theo dõi tình hình thi hành pháp luật\n{article}";
}
