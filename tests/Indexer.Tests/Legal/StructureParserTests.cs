using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Tests.Legal;

public sealed class StructureParserTests
{
    private const string Decree = """
        CHÍNH PHỦ
        Số: 19/2020/NĐ-CP
        NGHỊ ĐỊNH
        Về kiểm tra, xử lý kỷ luật trong thi hành pháp luật
        Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

        Chương I
        NHỮNG QUY ĐỊNH CHUNG
        Điều 1. Phạm vi điều chỉnh
        Nghị định này quy định về kiểm tra việc thi hành pháp luật.
        Điều 2. Giải thích từ ngữ
        Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:
        1. Kiểm tra là hoạt động xem xét, đánh giá.
        2. Xử lý kỷ luật gồm các hình thức sau:
        a) Khiển trách;
        b) Cảnh cáo;
        c) Hạ bậc lương;
        d) Giáng chức;
        đ) Cách chức;
        e) Buộc thôi việc.
        Chương II
        TỔ CHỨC THỰC HIỆN
        Điều 37a. Hiệu lực thi hành
        1. Nghị định này có hiệu lực từ ngày 01 tháng 4 năm 2020.
        2. Năm 2021 là năm đầu tiên áp dụng.
        Nơi nhận:
        - Các bộ, cơ quan ngang bộ;
        TM. CHÍNH PHỦ
        """;

    [Fact]
    public void Parse_Decree_FindsChaptersArticlesClausesAndPoints()
    {
        var structure = StructureParser.Parse(Decree);
        var nodes = structure.AllNodes.ToList();

        Assert.Equal(2, nodes.Count(n => n.Level == ProvisionLevel.Chapter));
        Assert.Equal(["Điều 1", "Điều 2", "Điều 37a"], nodes.Where(n => n.Level == ProvisionLevel.Article).Select(n => n.Path.ToString()));
        Assert.Equal(4, nodes.Count(n => n.Level == ProvisionLevel.Clause));
        Assert.Equal(["a", "b", "c", "d", "đ", "e"], nodes.Where(n => n.Level == ProvisionLevel.Point).Select(n => n.Label));
        Assert.Contains(nodes, n => n.Path.ToString() == "Điều 2.2.đ");
    }

    [Fact]
    public void Parse_Headings_AreTheRestOfTheLineOrTheNextLine()
    {
        var structure = StructureParser.Parse(Decree);
        var article = structure.AllNodes.First(n => n.Path.ToString() == "Điều 1");
        var chapter = structure.AllNodes.First(n => n.Level == ProvisionLevel.Chapter);

        Assert.Equal("Phạm vi điều chỉnh", Decree[article.HeadingStart..article.HeadingEnd]);
        Assert.Equal("NHỮNG QUY ĐỊNH CHUNG", Decree[chapter.HeadingStart..chapter.HeadingEnd]);
    }

    [Theory]
    [InlineData("Điều 1. Phê duyệt Kế hoạch tuyên truyền năm 2020 như sau:\nNội dung.\n")]
    [InlineData("Điều 4. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.\n")]
    [InlineData("Điều 1\nNước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập.\nĐiều 2\n")]
    public void Parse_ArticleWithoutTitle_HasNoHeading(string text)
    {
        // Decisions and constitutions open articles with a sentence: that sentence is body, not a title.
        var article = StructureParser.Parse(text).AllNodes.First(n => n.Level == ProvisionLevel.Article);

        Assert.Equal(article.HeadingStart, article.HeadingEnd);
    }

    [Fact]
    public void Parse_ClausesOutOfSequence_AreNotStructure()
    {
        // "2021" starts a line but is not clause 3.
        var structure = StructureParser.Parse(Decree);
        var article = structure.AllNodes.First(n => n.Path.ToString() == "Điều 37a");
        Assert.Equal(2, article.Children.Count);
    }

    [Fact]
    public void Parse_ClosingAndPreamble_AreFound()
    {
        var structure = StructureParser.Parse(Decree);
        Assert.Equal(Decree.IndexOf("Chương I", StringComparison.Ordinal), structure.BodyStart);
        Assert.Equal(Decree.IndexOf("Nơi nhận", StringComparison.Ordinal), structure.ClosingStart);
        Assert.Equal(structure.ClosingStart, structure.Nodes[^1].End);
    }

    [Fact]
    public void Parse_SpansNest_AndLocateFindsTheDeepestNode()
    {
        var structure = StructureParser.Parse(Decree);
        foreach (var node in structure.AllNodes)
        {
            Assert.True(node.Start < node.End);
            foreach (var child in node.Children)
            {
                Assert.InRange(child.Start, node.Start, node.End);
                Assert.InRange(child.End, child.Start, node.End);
            }
        }

        Assert.Equal("Điều 2.2.đ", structure.Locate(Decree.IndexOf("Cách chức", StringComparison.Ordinal))!.Path.ToString());
    }

    [Fact]
    public void Parse_TextWithoutArticles_NumbersClausesAtTopLevel()
    {
        const string text = "Phạm vi điều chỉnh\n\n1. Luật này quy định về du lịch.\n\n2. Hợp đồng lữ hành:\n\na) Phải lập thành văn bản;\n\nb) Có chữ ký.";
        var structure = StructureParser.Parse(text);
        Assert.False(structure.HasArticles);
        Assert.Equal(["Khoản 1", "Khoản 2", "Khoản 2.a", "Khoản 2.b"], structure.AllNodes.Select(n => n.Path.ToString()));
    }

    [Fact]
    public void Parse_PlanOutline_NumbersEachItemWithinItsSection_SoNoTwoItemsShareAPath()
    {
        const string text = "KẾ HOẠCH\nTheo dõi tình hình thi hành pháp luật năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\na) Nắm bắt tình hình.\n2. Yêu cầu\na) Xác định cụ thể nội dung.\nb) Tiếp tục triển khai Kế hoạch số 40/KH-UBND.\nII. NỘI DUNG\n1. Theo dõi chung\n2. Kiểm tra\na) Nội dung kiểm tra.\nb) Thời gian thực hiện: Quý III năm 2024.";

        var structure = StructureParser.Parse(text);

        Assert.Equal(
            ["Mục I", "Mục I.1", "Mục I.1.a", "Mục I.2", "Mục I.2.a", "Mục I.2.b", "Mục II", "Mục II.1", "Mục II.2", "Mục II.2.a", "Mục II.2.b"],
            structure.AllNodes.Select(n => n.Path.ToString()));
        Assert.Equal("Mục I.2.b", structure.Locate(text.IndexOf("Kế hoạch số 40", StringComparison.Ordinal))!.Path.ToString());
        Assert.Equal("Mục I.2.b", ProvisionLabel.Of(structure.Locate(text.IndexOf("Kế hoạch số 40", StringComparison.Ordinal))!.Path)); // as officers number a plan's items
    }

    [Fact]
    public void Parse_ArticleReferenceAtLineStart_IsNotAnArticle()
    {
        const string text = "Điều 1. Phạm vi\nĐiều 5 của Luật này được áp dụng.\nĐiều 2. Đối tượng";
        Assert.Equal(["Điều 1", "Điều 2"], StructureParser.Parse(text).AllNodes.Select(n => n.Path.ToString()));
    }

    /// <summary>A decision that issues a quy chế numbered from Điều 1 again, signed between the two (as vbpl prints them).</summary>
    internal const string DecisionWithRegulation =
        "QUYẾT ĐỊNH\nCăn cứ Luật;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.\n"
        + "Nơi nhận:\n- Như Điều 2;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
        + "QUY CHẾ\nPhối hợp theo dõi thi hành pháp luật\n(Ban hành kèm theo Quyết định số 21/2025/QĐ-UBND)\nChương I\nQUY ĐỊNH CHUNG\n"
        + "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\nĐiều 2. Chế độ báo cáo\n1. Các sở gửi báo cáo trước ngày 10 tháng 11 hằng năm.\n2. Báo cáo theo phạm vi tại khoản 1 Điều 1; thời hạn theo Điều 2 Quyết định này.";

    [Fact]
    public void Parse_DecisionIssuingAQuyChe_GivesTheQuyChesProvisionsItsName_SoNoTwoShareAPath()
    {
        var structure = StructureParser.Parse(DecisionWithRegulation);

        Assert.Equal(["Điều 1", "Điều 2", "Quy chế: Chương I", "Quy chế: Điều 1", "Quy chế: Điều 2", "Quy chế: Điều 2.1", "Quy chế: Điều 2.2"],
            structure.AllNodes.Select(n => n.Path.ToString()));
        Assert.Equal(structure.AllNodes.Count(), structure.AllNodes.Select(n => n.Path).Distinct().Count());
        Assert.Equal("Khoản 1 Điều 2 Quy chế", ProvisionLabel.Of(ProvisionPath.Parse("Quy chế: Điều 2.1")));
        Assert.Equal("Điều 1", structure.Locate(DecisionWithRegulation.IndexOf("Ban hành kèm theo Quyết định này", StringComparison.Ordinal))!.Path.ToString());
    }

    [Fact]
    public void Resolve_PlacesAReferenceWrittenEitherWay_WhereTheTreeHasIt()
    {
        var issued = StructureParser.Parse(DecisionWithRegulation);
        var inline = StructureParser.Parse("QUYẾT ĐỊNH\nĐiều 1. Ban hành Quy chế.\nQUY CHẾ\nChương I\nĐiều 4. Phạm vi\nĐiều 7. Báo cáo\n1. Gửi báo cáo.");

        Assert.Equal("Quy chế: Điều 2.1", issued.Resolve(ProvisionPath.Parse("Điều 2.1")).ToString()); // the decision has no Điều 2.1; its quy chế has
        Assert.Equal("Điều 1", issued.Resolve(ProvisionPath.Parse("Điều 1")).ToString()); // the decision's own comes first
        Assert.Equal("Điều 7.1", inline.Resolve(ProvisionPath.Parse("Quy chế: Điều 7.1")).ToString()); // a quy chế numbered on from the decision
        Assert.Equal("Quy chế: Điều 9", issued.Resolve(ProvisionPath.Parse("Quy chế: Điều 9")).ToString()); // nowhere: as given
    }
    [Theory]
    [InlineData("QUY CHẾ\nPhối hợp theo dõi thi hành pháp luật\n(Ban hành kèm theo Quyết định số 12/2019/QĐ-UBND ngày 15 tháng 3 năm 2019)\n")] // its title block, unsigned before it
    [InlineData("QUY CHẾ\nPhối hợp theo dõi thi hành pháp luật\n")] // the title alone, issued by the decision's Điều 1
    public void Parse_DecisionRunningStraightIntoItsQuyChe_GivesTheQuyChesProvisionsItsName(string title)
    {
        var text = "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp theo dõi thi hành pháp luật.\nĐiều 2. Hiệu lực.\n"
            + "Điều 3. Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này.\n" + title
            + "Chương I\nQUY ĐỊNH CHUNG\nĐiều 4. Phạm vi\nQuy chế này quy định việc phối hợp.\nĐiều 7. Thống kê, báo cáo\n1. Các sở gửi báo cáo trước ngày 30 tháng 10 hằng năm.\n"
            + "Nơi nhận:\n- Như Điều 3;\nCHỦ TỊCH\nNguyễn Văn An";
        var structure = StructureParser.Parse(text);

        Assert.Equal(["Điều 1", "Điều 2", "Điều 3", "Quy chế: Chương I", "Quy chế: Điều 4", "Quy chế: Điều 7", "Quy chế: Điều 7.1"], structure.AllNodes.Select(n => n.Path.ToString()));
        Assert.Equal(text.IndexOf("QUY CHẾ\n", StringComparison.Ordinal), structure.AllNodes.Single(n => n.Label == "Điều 3").End); // the title is not Điều 3's text
        Assert.Equal(text.IndexOf("Nơi nhận:", StringComparison.Ordinal), structure.ClosingStart);

        var segments = DocumentSegmenter.Segment(text, structure);
        Assert.Equal(text, string.Concat(segments.Select(s => text[s.Start..s.End])));
        Assert.Equal([UnitKind.Preamble, UnitKind.Article, UnitKind.Article, UnitKind.Article, UnitKind.Attached, UnitKind.Container, UnitKind.Article, UnitKind.Article, UnitKind.Closing], segments.Select(s => s.Kind));
        Assert.Equal("QUY CHẾ", text[segments[4].HeadingStart..segments[4].HeadingEnd]);
    }

    /// <summary>A decision approving a plan written in outline, signed before it (Quyết định 784/QĐ-BVHTTDL is printed so).</summary>
    internal const string DecisionApprovingAPlan =
        "QUYẾT ĐỊNH\nPhê duyệt Kế hoạch theo dõi tình hình thi hành pháp luật năm 2026\nĐiều 1. Phê duyệt kèm theo Quyết định này Kế hoạch theo dõi tình hình thi hành pháp luật năm 2026.\n"
        + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Thị Bình\n"
        + "KẾ HOẠCH\nTHEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT NĂM 2026\n(Ban hành theo Quyết định số 31/QĐ-UBND ngày 12 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh)\n"
        + "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nắm tình hình thi hành pháp luật.\n2. Yêu cầu\n- Bảo đảm đúng tiến độ.\n"
        + "II. NỘI DUNG\n1. Kiểm tra tình hình thi hành pháp luật về hộ tịch\n- Đơn vị chủ trì: Sở Tư pháp.\n- Thời gian thực hiện: Quý III/2026.\n"
        + "2. Báo cáo kết quả\n- Đơn vị chủ trì: Sở Tư pháp.\n- Thời gian thực hiện: trước ngày 15/11/2026.\nIII. KINH PHÍ\nTừ ngân sách tỉnh.";

    [Fact]
    public void Parse_DecisionApprovingAPlanAfterItsSignature_ReadsThePlansOutlineAsThePlans()
    {
        var structure = StructureParser.Parse(DecisionApprovingAPlan);

        Assert.Equal(["Điều 1", "Điều 2", "Kế hoạch: Mục I", "Kế hoạch: Mục I.1", "Kế hoạch: Mục I.2", "Kế hoạch: Mục II", "Kế hoạch: Mục II.1", "Kế hoạch: Mục II.2", "Kế hoạch: Mục III"],
            structure.AllNodes.Select(n => n.Path.ToString()));
        Assert.Equal("Mục II.1 Kế hoạch", ProvisionLabel.Of(ProvisionPath.Parse("Kế hoạch: Mục II.1")));
        Assert.Equal("Mục II.1 Kế hoạch ban hành kèm theo Quyết định số 31/QĐ-UBND", ProvisionLabel.Of(ProvisionPath.Parse("Kế hoạch: Mục II.1"), "Quyết định số 31/QĐ-UBND"));
        Assert.Equal(DecisionApprovingAPlan.IndexOf("Nơi nhận:", StringComparison.Ordinal), structure.Signing?.Start);
        Assert.Null(structure.ClosingStart); // the plan runs to the end of the text

        var segments = DocumentSegmenter.Segment(DecisionApprovingAPlan, structure);
        Assert.Equal(DecisionApprovingAPlan, string.Concat(segments.Select(s => DecisionApprovingAPlan[s.Start..s.End])));
        Assert.Equal([UnitKind.Preamble, UnitKind.Article, UnitKind.Article, UnitKind.Closing, UnitKind.Attached, UnitKind.Section, UnitKind.Section, UnitKind.Section], segments.Select(s => s.Kind));
        Assert.Equal(["Kế hoạch: Mục I", "Kế hoạch: Mục II", "Kế hoạch: Mục III"], segments.Where(s => s.Kind == UnitKind.Section).Select(s => s.Path.ToString()));
    }

    [Theory]
    [InlineData("KẾ HOẠCH\nTHEO DÕI NĂM 2026\nI. MỤC ĐÍCH\n1. Mục đích\n")] // no "(Ban hành theo …)" or "(Kèm theo …)": a title the decision does not say it issues
    [InlineData("KẾ HOẠCH\n(Kèm theo Quyết định số 31/QĐ-UBND)\nCác sở thực hiện theo chức năng.\n")] // no outline after it
    public void Parse_APlanAfterTheSignatureWithoutItsSigns_StaysInTheClosing(string plan)
    {
        var text = "QUYẾT ĐỊNH\nĐiều 1. Phê duyệt Kế hoạch.\nĐiều 2. Hiệu lực.\nNơi nhận:\n- Như Điều 2;\nCHỦ TỊCH\nNguyễn Văn An\n" + plan;
        var structure = StructureParser.Parse(text);

        Assert.Equal(["Điều 1", "Điều 2"], structure.AllNodes.Select(n => n.Path.ToString()));
        Assert.Equal(text.IndexOf("Nơi nhận:", StringComparison.Ordinal), structure.ClosingStart);
    }

    [Theory]
    [InlineData("QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về quản lý.\nChương II\nQUY ĐỊNH CỤ THỂ\nĐiều 2. Quản lý\n1. Nội dung.")] // the decision's own chapter title
    [InlineData("QUYẾT ĐỊNH\nĐiều 1. Phê duyệt danh mục.\nĐiều 2. Trách nhiệm\nQUY CHẾ\nĐiều 3. Hiệu lực\n1. Nội dung.")] // capitals the decision does not issue
    public void Parse_CapitalsInsideADecisionThatIssueNothing_KeepTheDecisionsNumbering(string text)
    {
        Assert.All(StructureParser.Parse(text).AllNodes, n => Assert.Null(n.Path.Instrument));
    }
}
