using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Legal;

/// <summary>Over the texts of the bundled corpus (corpus/_authoring, written by us): what each preamble states.</summary>
public sealed class MetadataExtractorTests
{
    private static DocumentMetadata Read(string file) =>
        MetadataExtractor.Extract(DemoCorpus.Text(file));

    [Fact]
    public void Read_Decision_GivesNumberTypeIssuerDateAndTitle()
    {
        var m = Read("qd-12-2019-quy-che-phoi-hop.txt");
        Assert.Equal("12/2019/QĐ-UBND", m.Number?.Display);
        Assert.Equal("Quyết định", m.Type);
        Assert.Equal("Ủy ban nhân dân tỉnh Hòa Phong", m.Issuer);
        Assert.Equal(new DateOnly(2019, 3, 15), m.IssueDate);
        Assert.Equal("Ban hành Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh Hòa Phong", m.Title);
    }

    [Fact]
    public void Read_ReportOfADepartment_NamesTheDepartmentOfItsProvince()
    {
        var m = Read("bc-118-2023-ket-qua-kiem-tra.txt");
        Assert.Equal("118/BC-STP", m.Number?.Display);
        Assert.Equal("Báo cáo", m.Type);
        Assert.Equal("Sở Tư pháp tỉnh Hòa Phong", m.Issuer);
        Assert.Equal(new DateOnly(2023, 11, 20), m.IssueDate);
    }

    [Fact]
    public void Read_Plan_GivesItsTitle()
    {
        var m = Read("kh-25-2024-theo-doi-thi-hanh-phap-luat.txt");
        Assert.Equal("Kế hoạch", m.Type);
        Assert.Equal("Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh Hòa Phong năm 2024", m.Title);
        Assert.Equal(2024, m.IssueDate?.Year);
    }

    [Fact]
    public void Read_TextWithoutPreamble_LeavesEverythingUnknown()
    {
        var m = MetadataExtractor.Extract("Điều 1. Phạm vi\nNội dung.");
        Assert.Equal(DocumentMetadata.Unknown, m);
    }

    [Theory]
    [InlineData("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội")]
    [InlineData("BỘ TƯ PHÁP", "Bộ Tư pháp")]
    [InlineData("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÒA PHONG", "Sở Nông nghiệp và Môi trường tỉnh Hòa Phong")]
    [InlineData("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("CỤC KIỂM TRA VĂN BẢN VÀ QUẢN LÝ XỬ LÝ VI PHẠM HÀNH CHÍNH", "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính")]
    [InlineData("SỞ TƯ PHÁP TỈNH HÒA PHONG", "Sở Tư pháp tỉnh Hòa Phong")]
    [InlineData("BỘ TRƯỞNG", "Bộ trưởng")]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "Ủy ban nhân dân tỉnh Nam Định")]
    [InlineData("CHỦ TỊCH QUỐC HỘI", "Chủ tịch Quốc hội")]
    public void SentenceCase_KeepsTheCapitalsOfNames(string upper, string expected) =>
        Assert.Equal(expected, LetterCase.SentenceCase(upper));

    [Theory]
    [InlineData("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Anh Dũng", "Trần Anh Dũng", "KT. Chủ tịch — Phó Chủ tịch")]
    [InlineData("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Anh Dũng", "Trần Anh Dũng", "KT. Chủ tịch — Phó Chủ tịch")]
    [InlineData("Nơi nhận: - Như Điều 4; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Trịnh Thị Thủy", "Trịnh Thị Thủy", "KT. Bộ trưởng — Thứ trưởng")]
    [InlineData("- Lưu: VT, HC (2). | TM. CHÍNH PHỦ THỦ TƯỚNG    [ (Đã ký)     Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", "Thủ tướng")]
    [InlineData("CHỦ TỊCH QUỐC HỘI\n\n(Đã ký)\n\nNguyễn Sinh Hùng", "Nguyễn Sinh Hùng", "Chủ tịch Quốc hội")]
    [InlineData("CHỦ TỊCH QUỐC HỘI\u00A0\u00A0Nguyễn Phú Trọng", "Nguyễn Phú Trọng", "Chủ tịch Quốc hội")]
    public void Signer_IsReadFromTheWaysClosingsArePrinted(string closing, string signer, string title)
    {
        var m = MetadataExtractor.Extract("QUYẾT ĐỊNH\nĐiều 1. Nội dung.\n" + closing.Replace("\\n", "\n", StringComparison.Ordinal));

        Assert.Equal(signer, m.Signer);
        Assert.Equal(title, m.SignerTitle);
    }

    [Fact]
    public void InEffectFromSigning_IsTheIssueDate()
    {
        var m = MetadataExtractor.Extract("ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 1397/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNam Định, ngày 02 tháng 7 năm 2021\nQUYẾT ĐỊNH\nĐiều 1. Nội dung.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.");

        Assert.Equal(new DateOnly(2021, 7, 2), m.EffectiveDate);
    }

    [Fact]
    public void ColumnsRunTogether_AsOcrReadsThem_AreSplit()
    {
        var m = MetadataExtractor.Extract("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n——— Độc lập - Tự do - Hạnh phúc\nSố: 105/2021/NĐ-CP Hà Nội, ngày 04 tháng 12 năm 2021\nNGHỊ ĐỊNH\nQuy định chi tiết\nCăn cứ Luật Tổ chức Chính phủ;");

        Assert.Equal("105/2021/NĐ-CP", m.Number?.Display);
        Assert.Equal("Chính phủ", m.Issuer);
        Assert.Equal("Hà Nội", m.Place);
        Assert.Equal(new DateOnly(2021, 12, 4), m.IssueDate);
    }

    [Fact]
    public void Read_PdfHeaderWithInterleavedColumns_JoinsTheIssuersTwoLines()
    {
        var m = MetadataExtractor.Extract("ỦY BAN NHÂN DÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH HÒA PHONG\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 25/KH-UBND\n\nHòa Phong, ngày 18 tháng 01 năm 2024\nKẾ HOẠCH\nTheo dõi tình hình thi hành pháp luật năm 2024\nI. MỤC ĐÍCH");

        Assert.Equal("Ủy ban nhân dân tỉnh Hòa Phong", m.Issuer);
        Assert.Equal("Kế hoạch", m.Type);
        Assert.Equal(new DateOnly(2024, 1, 18), m.IssueDate);
    }

    [Fact]
    public void Read_TitleCitingANumber_IsTheTitle_NotANumberLine()
    {
        var m = MetadataExtractor.Extract("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: 05/2025/QĐ-UBND\nQUYẾT ĐỊNH\nBãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 15 tháng 3\nnăm 2019 của Ủy ban nhân dân tỉnh\nĐiều 1. Bãi bỏ.");

        Assert.Equal("05/2025/QĐ-UBND", m.Number?.Display);
        Assert.Equal("Bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 15 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh", m.Title);
    }
}
