using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Citations;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Tests.Legal.Citations;

public sealed class CitationExtractorTests
{
    private static IReadOnlyList<Citation> Extract(string text, string? self = null, string? type = null, string? title = null) =>
        CitationExtractor.Extract(text, StructureParser.Parse(text), CitationKeys.Of(DocumentNumberParser.TryParse(self), type, title).ToList());

    private static Citation Single(string text, string? self = null) => Assert.Single(Extract(text, self));

    [Fact]
    public void NumberedDecree_WithDateAndIssuer_IsOneCitationWithAllParts()
    {
        const string text = "Thực hiện Nghị định số 19/2020/NĐ-CP ngày 12/02/2020 của Chính phủ về kiểm tra, xử lý kỷ luật trong thi hành pháp luật.";

        var c = Single(text);

        Assert.Equal("Nghị định số 19/2020/NĐ-CP ngày 12/02/2020 của Chính phủ", c.Text);
        Assert.Equal(text.IndexOf("Nghị định", StringComparison.Ordinal), c.Start);
        Assert.Equal(c.Start + c.Text.Length, c.End);
        Assert.Equal("19/2020/nd-cp", c.TargetNumber?.Key);
        Assert.Equal("Nghị định", c.TargetType);
        Assert.Equal("Chính phủ", c.TargetIssuer);
        Assert.Equal(new DateOnly(2020, 2, 12), c.TargetDate);
        Assert.Equal("number:19/2020/nd-cp", c.TargetKey);
        Assert.Equal(CitationRelation.References, c.Relation);
        Assert.False(c.Internal);
    }

    [Fact]
    public void NamedLaw_IsCitedByName_AndItsDateRead()
    {
        var c = Single("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");

        Assert.Equal("Luật Tổ chức chính quyền địa phương", c.TargetName);
        Assert.Equal("name:luat to chuc chinh quyen dia phuong", c.TargetKey);
        Assert.Equal(new DateOnly(2015, 6, 19), c.TargetDate);
        Assert.Equal("Luật", c.TargetType);
        Assert.Equal(CitationRelation.Basis, c.Relation);
    }

    [Fact]
    public void DecisionWithoutTheWordSo_AndABareNumber_AreBothFound()
    {
        var citations = Extract("Triển khai Quyết định 242/QĐ-TTg và văn bản 1620/TTr-STP đã gửi.");

        Assert.Equal(["242/qd-ttg", "1620/ttr-stp"], citations.Select(c => c.TargetNumber?.Key));
        Assert.Equal("Quyết định", citations[0].TargetType);
        Assert.Equal("Tờ trình", citations[1].TargetType);
    }

    [Fact]
    public void ProvisionOfThisDecree_IsInternal_AndResolvedToItsPath()
    {
        var c = Single("Điều 3. Trách nhiệm\nThực hiện theo quy định tại khoản 2 Điều 10 của Nghị định này.");

        Assert.True(c.Internal);
        Assert.Equal("Điều 10.2", c.TargetPath?.ToString());
        Assert.Equal("khoản 2 Điều 10 của Nghị định này", c.Text);
        Assert.Equal("Điều 3", c.SourcePath.ToString());
        Assert.Null(c.TargetKey);
    }

    [Fact]
    public void ADocumentThisOneAmends_StaysACitation()
    {
        var c = Single("Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 12/2019/QĐ-UBND như sau:");

        Assert.Equal("12/2019/qd-ubnd", c.TargetNumber?.Key);
        Assert.Equal(CitationRelation.Amends, c.Relation);
    }

    [Fact]
    public void BareArticle_InADocumentWithoutArticles_IsNotItsOwn_AndNamesNoDocument()
    {
        // A report written in I., 1. outlines has no Điều 5: "Điều 5 của hai Quy chế nêu trên" is theirs, unnamed.
        var c = Single("II. TỒN TẠI, HẠN CHẾ\n1. Nguyên tắc phối hợp tại Điều 5 của hai Quy chế nêu trên bị lặp lại gần như nguyên văn.");

        Assert.False(c.Internal);
        Assert.Null(c.TargetKey);
        Assert.Null(c.TargetNumber);
        Assert.Equal("Điều 5", c.TargetPath?.ToString());
    }

    [Fact]
    public void BareArticle_InADocumentWithArticles_IsItsOwn()
    {
        var c = Single("Điều 3. Trách nhiệm\nSở Tư pháp thực hiện theo Điều 5.\nĐiều 5. Báo cáo\nHằng năm.");

        Assert.True(c.Internal);
        Assert.Equal("Điều 5", c.TargetPath?.ToString());
    }

    [Fact]
    public void PointOfClauseOfArticleOfANamedLaw_IsExternalWithPath()
    {
        var c = Single("Trường hợp quy định tại điểm a khoản 1 Điều 5 Luật Ban hành văn bản quy phạm pháp luật năm 2015 thì áp dụng.");

        Assert.False(c.Internal);
        Assert.Equal("Điều 5.1.a", c.TargetPath?.ToString());
        Assert.Equal("Luật Ban hành văn bản quy phạm pháp luật năm 2015", c.TargetName);
        Assert.Equal("name:luat ban hanh van ban quy pham phap luat", c.TargetKey);
    }

    [Fact]
    public void ThisArticle_ResolvesToTheCitingArticle()
    {
        var citations = Extract("Điều 7. Báo cáo\n1. Sở Tư pháp báo cáo hằng năm.\n2. Nội dung báo cáo theo điểm a, b khoản 1 Điều này.");

        Assert.Equal(["Điều 7.1.a", "Điều 7.1.b"], citations.Select(c => c.TargetPath?.ToString()));
        Assert.All(citations, c => Assert.True(c.Internal));
        Assert.All(citations, c => Assert.Equal("Điều 7.2", c.SourcePath.ToString()));
    }

    [Fact]
    public void ListOfClausesAndArticles_YieldsOneCitationEach()
    {
        var citations = Extract("Bãi bỏ khoản 1 và khoản 3 Điều 5, Điều 6 của Quyết định số 12/2019/QĐ-UBND.");

        Assert.Equal(["Điều 5.1", "Điều 5.3", "Điều 6"], citations.Select(c => c.TargetPath?.ToString()));
        Assert.All(citations, c => Assert.Equal(CitationRelation.Repeals, c.Relation));
        Assert.All(citations, c => Assert.Equal("12/2019/qd-ubnd", c.TargetNumber?.Key));
    }

    [Theory]
    [InlineData("Quyết định này thay thế Quyết định số 12/2019/QĐ-UBND.", CitationRelation.Replaces)]
    [InlineData("Bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 15/3/2019.", CitationRelation.Repeals)]
    [InlineData("Quyết định số 12/2019/QĐ-UBND hết hiệu lực kể từ ngày 01/4/2025.", CitationRelation.Expires)]
    [InlineData("Thông tư này hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP.", CitationRelation.Guides)]
    [InlineData("Nghị định này quy định chi tiết một số điều của Luật Xử lý vi phạm hành chính.", CitationRelation.Details)]
    [InlineData("Sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP như sau:", CitationRelation.Amends)]
    [InlineData("Bổ sung Điều 5a vào Quyết định số 12/2019/QĐ-UBND.", CitationRelation.Supplements)]
    [InlineData("Điều 5 của Quyết định số 12/2019/QĐ-UBND được sửa đổi như sau:", CitationRelation.Amends)]
    [InlineData("Đình chỉ thi hành Quyết định số 12/2019/QĐ-UBND.", CitationRelation.Suspends)]
    [InlineData("Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ;", CitationRelation.Basis)]
    [InlineData("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi,\nbổ sung một số điều của Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;", CitationRelation.Basis)]
    [InlineData("Điều 1 đã được sửa đổi.\nbổ sung Điều 5a vào Quyết định số 12/2019/QĐ-UBND.", CitationRelation.Supplements)]
    [InlineData("NGHỊ ĐỊNH\nQuy định chi tiết và hướng dẫn thi hành\nmột số điều của Luật Phòng, chống ma túy", CitationRelation.Guides)]
    [InlineData("Sở Tư pháp hướng dẫn các sở thực hiện theo Nghị định số 59/2012/NĐ-CP.", CitationRelation.References)]
    [InlineData("Thực hiện Nghị định số 59/2012/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 32/2020/NĐ-CP; Ủy ban nhân dân tỉnh ban hành Kế hoạch.", CitationRelation.References)]
    [InlineData("Thực hiện Nghị định số 59/2012/NĐ-CP được sửa đổi, bổ sung bởi văn bản khác.", CitationRelation.References)]
    [InlineData("1. Kiến nghị Ủy ban nhân dân tỉnh chỉ đạo rà soát, sửa đổi Quyết định số 08/2021/QĐ-UBND để thống nhất thời hạn báo cáo.", CitationRelation.References)]
    [InlineData("Đề nghị bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 15/3/2019.", CitationRelation.References)]
    [InlineData("Quyết định số 12/2019/QĐ-UBND cần được sửa đổi cho phù hợp.", CitationRelation.References)]
    [InlineData("Giao Sở Tư pháp tham mưu thay thế Quyết định số 12/2019/QĐ-UBND.", CitationRelation.References)]
    [InlineData("Bãi bỏ các quy định cần thiết khác của Quyết định số 12/2019/QĐ-UBND.", CitationRelation.Repeals)]
    public void RelationVerbs_AreTyped(string text, CitationRelation relation) =>
        Assert.Equal(relation, Extract(text).Last(c => !c.Internal).Relation);

    [Fact]
    public void DocumentNamedInTheTitleOfABasis_IsThatTitle_NotACitationOfItsOwn()
    {
        var citations = Extract("Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;\n"
            + "Căn cứ Thông tư số 14/2014/TT-BTP ngày 15 tháng 5 năm 2014 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành Nghị định số 59/2012/NĐ-CP;\n"
            + "Căn cứ Nghị định số 34/2016/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật, "
            + "được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP; Nghị định số 32/2020/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP;");

        // "quy định chi tiết thi hành Nghị định số 59/2012/NĐ-CP", "sửa đổi, bổ sung một số điều của Nghị định số
        // 59/2012/NĐ-CP" and "… biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật" are what the cited decrees
        // and circular do; before parser 14 each was listed again as a mention of the text's own. "được sửa đổi, bổ sung
        // bởi Nghị định số 154/2020/NĐ-CP" names the amended text relied on, and stays.
        Assert.Equal(
            [("59/2012/NĐ-CP", CitationRelation.Basis), ("14/2014/TT-BTP", CitationRelation.Basis), ("34/2016/NĐ-CP", CitationRelation.Basis),
             ("154/2020/NĐ-CP", CitationRelation.Basis), ("32/2020/NĐ-CP", CitationRelation.Basis)],
            citations.Select(c => (c.TargetNumber?.ToString() ?? c.TargetName!, c.Relation)));

        // A law named by the laws it amends is cited by that title, with its own date, and relied on.
        var amended = Extract("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;");
        Assert.All(amended, c => Assert.Equal(CitationRelation.Basis, c.Relation));
        Assert.Equal(
            [("Luật Tổ chức chính quyền địa phương", new DateOnly(2015, 6, 19)),
             ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", new DateOnly(2019, 11, 22))],
            amended.Select(c => (c.TargetName!, c.TargetDate!.Value)));
    }

    [Fact]
    public void AnAmendingLaw_KeepsItsDateToItself_SoTheLawItAmendsIsListedOnce()
    {
        var citations = Extract("Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ngày 13 tháng 11 năm 2020;");

        Assert.Equal(
            [("Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012", new DateOnly(2012, 6, 20)),
             ("Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ngày 13 tháng 11 năm 2020", new DateOnly(2020, 11, 13))],
            citations.Select(c => (c.Text, c.TargetDate!.Value)));
        Assert.All(citations, c => Assert.Equal(CitationRelation.Basis, c.Relation));
        Assert.Single(citations, c => c.TargetName == "Luật Xử lý vi phạm hành chính");
    }

    [Fact]
    public void ListUnderAVerbLine_InheritsTheVerb()
    {
        var citations = Extract("Điều 4. Các văn bản sau đây hết hiệu lực:\na) Quyết định số 12/2019/QĐ-UBND;\nb) Quyết định số 08/2021/QĐ-UBND.");

        Assert.Equal(2, citations.Count);
        Assert.All(citations, c => Assert.Equal(CitationRelation.Expires, c.Relation));
    }

    [Fact]
    public void ReasonAfterTheVerb_IsNotTheObject()
    {
        var citations = Extract("Điều 1. Bãi bỏ Quyết định số 12/2019/QĐ-UBND của Ủy ban nhân dân tỉnh, do Nghị định số 59/2012/NĐ-CP là căn cứ ban hành đã hết hiệu lực.");

        Assert.Equal(CitationRelation.Repeals, citations.Single(c => c.TargetNumber?.Key == "12/2019/qd-ubnd").Relation);
        Assert.Equal(CitationRelation.Expires, citations.Single(c => c.TargetNumber?.Key == "59/2012/nd-cp").Relation);
        Assert.Equal("Ủy ban nhân dân tỉnh", citations[0].TargetIssuer);
    }

    [Fact]
    public void ArticleHeadings_TheOwnNumber_AndCommonNouns_AreNotCitations()
    {
        const string text = "Số: 12/2019/QĐ-UBND\nĐiều 1. Phạm vi điều chỉnh\nỦy ban nhân dân tỉnh quyết định việc này theo pháp luật và luật hiện hành.\nĐiều 2. Hiệu lực";

        Assert.Empty(Extract(text, self: "12/2019/QĐ-UBND"));
    }

    [Theory]
    [InlineData("KẾ HOẠCH\nTheo dõi tình hình thi hành PHÁP LUẬT NĂM 2026 trên địa bàn tỉnh")]
    [InlineData("Phổ biến Pháp Luật Bảo vệ môi trường cho người dân.")]
    [InlineData("BÁO CÁO TỔNG KẾT THI HÀNH LUẬT NĂM 2026")]
    public void PhapLuat_AndALawWithNoName_AreNotCitations(string text) =>
        Assert.Empty(Extract(text));

    [Fact]
    public void Constitution_AndACode_AreCitedByName()
    {
        var citations = Extract("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nTội phạm được quy định tại Bộ luật Hình sự.");

        Assert.Equal(["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Bộ luật Hình sự"], citations.Select(c => c.TargetName));
        Assert.Equal("Hiến pháp", Single("Mọi văn bản phải phù hợp với Hiến pháp phải được tuân thủ.").TargetName);
        Assert.Equal("Hiến pháp năm 2013", Single("Theo Hiến pháp năm 2013 thì").TargetName);
        Assert.Equal(CitationRelation.Basis, citations[0].Relation);
    }

    [Fact]
    public void ClauseAmountsOfMoney_AreNotClauses() =>
        Assert.Empty(Extract("Mức phạt cho khoản 1.000.000 đồng được nộp vào ngân sách."));

    [Fact]
    public void PhongChong_KeepsItsComma() =>
        Assert.Equal("Luật Phòng, chống tham nhũng", Single("Căn cứ Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018;").TargetName);

    [Fact]
    public void TheConstitutionCitingItself_IsNotAnExternalCitation()
    {
        var citations = Extract("Điều 119. Hiến pháp là luật cơ bản của nhà nước. Mọi văn bản pháp luật khác phải phù hợp với Hiến pháp.", type: "Hiến pháp", title: "Nước Cộng hòa xã hội chủ nghĩa Việt Nam");

        Assert.Empty(citations);
    }

    [Fact]
    public void NameFollowedByNumber_IsOneReference()
    {
        var c = Single("Luật Phòng, chống ma túy số 23/2000/QH10 đã được sửa đổi, bổ sung một số điều.");

        Assert.Equal("Luật Phòng, chống ma túy", c.TargetName);
        Assert.Equal("number:23/2000/qh10", c.TargetKey);
        Assert.Equal(CitationRelation.References, c.Relation);
    }

    [Theory]
    [InlineData("Thông tư số 29/2014/TT-BTNMT ngày 02/6/2014 của Bộ Tài nguyên và Môi trường quy định chi tiết", "Bộ Tài nguyên và Môi trường")]
    [InlineData("Quyết định số 784/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về kế hoạch", "Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData("Quyết định số 100/2011/QĐ-BPĐB của Tòa án nhân dân Thành phố Hồ Chí Minh cho bị đơn", "Tòa án nhân dân Thành phố Hồ Chí Minh")]
    [InlineData("Nghị định số 59/2012/NĐ-CP của Chính phủ và các văn bản hướng dẫn", "Chính phủ")]
    public void Issuers_EndWhereTheirNameEnds(string text, string issuer) =>
        Assert.Equal(issuer, Extract(text)[0].TargetIssuer);

    [Fact]
    public void ListOfDocumentsThatExpire_AllExpire()
    {
        var citations = Extract("Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư và Nghị định số 09/2010/NĐ-CP ngày 08 tháng 02 năm 2010 của Chính phủ hết hiệu lực kể từ ngày Nghị định này có hiệu lực.");

        Assert.Equal(["110/2004/nd-cp", "9/2010/nd-cp"], citations.Select(c => c.TargetNumber?.Key));
        Assert.All(citations, c => Assert.Equal(CitationRelation.Expires, c.Relation));
    }

    [Fact]
    public void AProvisionOfTheQuyCheADecisionIssued_IsThatDecisionsQuyChe_NotThisText()
    {
        var citations = Extract("II. TỒN TẠI\n1. Quy định về thời hạn gửi báo cáo tại khoản 1 Điều 7 Quy chế ban hành kèm theo Quyết định số 08/2021/QĐ-UBND (trước ngày 30 tháng 10) "
            + "và khoản 1 Điều 7 của Quy chế phối hợp trong lĩnh vực bảo vệ môi trường ban hành kèm theo Quyết định số 17/2022/QĐ-UBND chưa thống nhất.", "118/BC-STP");

        var provisions = citations.Where(c => c.TargetPath is not null).ToList();
        Assert.Equal(2, provisions.Count);
        Assert.All(provisions, c => Assert.False(c.Internal));
        Assert.Equal(["08/2021/QĐ-UBND", "17/2022/QĐ-UBND"], provisions.Select(c => c.TargetNumber!.Display));
        Assert.All(provisions, c => Assert.Equal("Quy chế: Điều 7.1", c.TargetPath.ToString()));
    }

    [Fact]
    public void InsideTheQuyChe_AnArticleIsTheQuyChes_AndQuyetDinhNayNamesTheDecisions()
    {
        var citations = Extract(LawMonitor.Indexer.Tests.Legal.StructureParserTests.DecisionWithRegulation);
        var inRegulation = citations.Where(c => c.SourcePath.Instrument is not null && c.TargetPath is not null).Select(c => c.TargetPath.ToString()).ToList();

        Assert.Equal(["Quy chế: Điều 1.1", "Điều 2"], inRegulation); // "khoản 1 Điều 1" of the quy chế; "Điều 2 Quyết định này", the decision's
    }
}
