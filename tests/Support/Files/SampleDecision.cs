namespace LawMonitor.Indexer.Tests.Support.Files;

/// <summary>A short decision of the fictional Hòa Phong province, written for the tests.</summary>
public static class SampleDecision
{
    public static readonly string[] Paragraphs =
    [
        "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG",
        "Số: 12/2019/QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hòa Phong, ngày 15 tháng 3 năm 2019",
        "QUYẾT ĐỊNH",
        "Ban hành Quy chế theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh",
        "Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;",
        "Điều 1. Phạm vi điều chỉnh",
        "1. Quyết định này quy định việc theo dõi tình hình thi hành pháp luật của các sở, ban, ngành.",
        "2. Việc kiểm tra được thực hiện theo kế hoạch hằng năm.",
        "Điều 2. Hiệu lực thi hành",
        "Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2019.",
    ];
}
