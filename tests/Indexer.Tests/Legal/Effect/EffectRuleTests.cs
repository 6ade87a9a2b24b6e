using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Tests.Legal.Effect;

public sealed class EffectRuleTests
{
    private static DocumentNumber Number(string text) => DocumentNumberParser.TryParse(text)!;

    private static EffectSubject Decision(string number = "12/2019/QĐ-UBND") =>
        new(Number(number), "Quyết định", "Ủy ban nhân dân tỉnh Hòa Phong", EffectStatus.Unknown);

    private static EffectAct Act(CitationRelation relation, string number, string type, string issuer, ProvisionPath? path = null) =>
        new(relation, DocumentId.Create("by-" + number.Replace('/', '-')), DocumentName.Of(Number(number), type, null))
        {
            CitingNumber = Number(number), CitingType = type, CitingIssuer = issuer, CitingIssued = new DateOnly(2025, 4, 28),
            TargetPath = path, CitingPath = ProvisionPath.ForArticle("1"),
        };

    [Fact]
    public void RepealByTheSameIssuer_EndsTheWholeDocument_FromItsDate()
    {
        var effect = EffectRule.Decide(Decision(), [Act(CitationRelation.Repeals, "05/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Phong")], CentralEffectFacts.None);

        Assert.Equal(EffectStatus.Expired, effect.Status);
        Assert.Equal(EffectStatus.Unknown, effect.Stated);
        Assert.Equal("Bị bãi bỏ bởi Quyết định số 05/2025/QĐ-UBND (Điều 1), từ ngày 28/04/2025.", effect.Note);
    }

    [Fact]
    public void ProvisionRepeal_EndsPartOfIt()
    {
        var effect = EffectRule.Decide(Decision(), [Act(CitationRelation.Repeals, "05/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Phong", ProvisionPath.ForArticle("5").WithClause(2))], CentralEffectFacts.None);

        Assert.Equal(EffectStatus.PartlyExpired, effect.Status);
        Assert.StartsWith("Khoản 2 Điều 5 bị bãi bỏ bởi Quyết định số 05/2025/QĐ-UBND", effect.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvincialDecision_CannotRepealADecree_NorCanADistrictRepealTheProvince()
    {
        var decree = new EffectSubject(Number("34/2016/NĐ-CP"), "Nghị định", "Chính phủ", EffectStatus.InForce);
        var byProvince = EffectRule.Decide(decree, [Act(CitationRelation.Repeals, "05/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Phong")], CentralEffectFacts.None);
        var byDistrict = EffectRule.Decide(Decision(), [Act(CitationRelation.Repeals, "07/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân huyện Tân Lạc")], CentralEffectFacts.None);

        Assert.Equal((EffectStatus.InForce, 0), (byProvince.Status, byProvince.Events.Count));
        Assert.Equal(EffectStatus.Unknown, byDistrict.Status);
    }

    [Fact]
    public void LowerDocumentSayingADecreeExpired_IsAReport_AndTheReferenceTableNamesWhoEndedIt()
    {
        var decree = new EffectSubject(Number("59/2012/NĐ-CP"), "Nghị định", null, EffectStatus.Unknown);
        var report = Act(CitationRelation.Expires, "05/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Phong");

        var withoutTable = EffectRule.Decide(decree, [report], CentralEffectFacts.None);
        var withTable = EffectRule.Decide(decree, [report], CentralEffectFacts.Default);

        Assert.Equal(EffectStatus.Expired, withoutTable.Status);
        Assert.True(withoutTable.Decisive!.Reported);
        Assert.Equal("Hết hiệu lực (theo ghi nhận tại Quyết định số 05/2025/QĐ-UBND, Điều 1).", withoutTable.Note);
        Assert.Equal(EffectStatus.Expired, withTable.Status);
        Assert.Equal("Nghị định số 80/2025/NĐ-CP", withTable.Decisive!.ByLabel);
        Assert.Equal(new DateOnly(2025, 4, 1), withTable.Decisive.Since);
        Assert.StartsWith("Được thay thế bởi Nghị định số 80/2025/NĐ-CP, từ ngày 01/04/2025 (nguồn: Nghị định số 80/2025/NĐ-CP", withTable.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReferenceTable_KnowsTheLawOnPromulgation_AndLeavesWhatItDoesNotKnowUnknown()
    {
        var oldLaw = EffectRule.Decide(new EffectSubject(Number("80/2015/QH13"), "Luật", "Quốc hội", EffectStatus.Unknown), [], CentralEffectFacts.Default);
        var newLaw = EffectRule.Decide(new EffectSubject(Number("64/2025/QH15"), "Luật", "Quốc hội", EffectStatus.Unknown), [], CentralEffectFacts.Default);
        var circular = EffectRule.Decide(new EffectSubject(Number("14/2014/TT-BTP"), "Thông tư", "Bộ Tư pháp", EffectStatus.Unknown), [], CentralEffectFacts.Default);

        Assert.Equal(EffectStatus.Expired, oldLaw.Status);
        Assert.Equal("Luật số 64/2025/QH15", oldLaw.Decisive!.ByLabel);
        Assert.Equal(new DateOnly(2025, 4, 1), oldLaw.Decisive.Since);
        Assert.Empty(newLaw.Events); // in force: nothing ended it
        Assert.Equal(EffectStatus.Unknown, circular.Status); // its decree ended, but no act ending it is known: not guessed
        Assert.Equal(EffectStatus.Unknown, CentralEffectFacts.Default.Of(Number("14/2014/TT-BTP"))!.Effect);
        Assert.Null(CentralEffectFacts.Default.Of(Number("80/2025/NĐ-CP"))!.Issued);
        Assert.All(CentralEffectFacts.Default.Facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
    }

    [Fact]
    public void AHeldDocumentThatStatesItsEffect_TakesPrecedenceOverTheTable_WhichStaysListed()
    {
        var statedInForce = EffectRule.Decide(new EffectSubject(Number("80/2015/QH13"), "Luật", "Quốc hội", EffectStatus.InForce), [], CentralEffectFacts.Default);
        var silent = EffectRule.Decide(new EffectSubject(Number("80/2015/QH13"), "Luật", "Quốc hội", EffectStatus.Unknown), [], CentralEffectFacts.Default);

        Assert.Equal(EffectStatus.InForce, statedInForce.Status);
        var listed = Assert.Single(statedInForce.Events);
        Assert.True(listed.Reported);
        Assert.Equal("Luật số 64/2025/QH15", listed.ByLabel);
        Assert.Equal(EffectStatus.Expired, silent.Status);
    }

    [Fact]
    public void AMisdatedOrUnsourcedFact_IsRefused_NamingTheRow()
    {
        var error = Assert.Throws<FormatException>(() => CentralEffectFacts.Parse("""{ "facts": [ { "number": "1/2020/NĐ-CP", "type": "Nghị định", "title": "x", "issuer": "Chính phủ", "effect": "het-hieu-luc", "since": "01/4/2025", "source": "y" } ] }"""));
        Assert.Contains("fact 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("since", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CentralEffectFacts.Parse("""{ "facts": [ { "number": "1/2020/NĐ-CP", "type": "Nghị định", "title": "x", "issuer": "Chính phủ", "effect": "unknown" } ] }"""));
    }

    [Fact]
    public void Report_ThatProposesAnAmendment_ChangesNothing()
    {
        var effect = EffectRule.Decide(Decision(), [Act(CitationRelation.Amends, "118/BC-STP", "Báo cáo", "Sở Tư pháp tỉnh Hòa Phong")], CentralEffectFacts.None);

        Assert.Empty(effect.Events);
        Assert.Null(effect.Note);
    }

    [Theory]
    [InlineData("59/2012/NĐ-CP", null, null, LegalRank.Government)]
    [InlineData("64/2025/QH15", "Luật", null, LegalRank.NationalAssembly)]
    [InlineData("14/2014/TT-BTP", "Thông tư", null, LegalRank.Ministry)]
    [InlineData("242/QĐ-TTg", "Quyết định", null, LegalRank.PrimeMinister)]
    [InlineData("05/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Phong", LegalRank.ProvinceCommittee)]
    [InlineData("12/2024/NQ-HĐND", "Nghị quyết", "Hội đồng nhân dân tỉnh Hòa Phong", LegalRank.ProvinceCouncil)]
    [InlineData("07/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân thị xã Phú Mỹ", LegalRank.DistrictCommittee)]
    [InlineData("03/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân phường Bến Nghé", LegalRank.CommuneCommittee)]
    public void Ranks_AreReadFromTheNumberTypeAndIssuer(string number, string? type, string? issuer, LegalRank rank) =>
        Assert.Equal(rank, LegalRanks.Of(Number(number), type, issuer));

    [Theory]
    [InlineData("Báo cáo", EffectStatus.Unknown, true)]
    [InlineData("Công văn", EffectStatus.Unknown, true)]
    [InlineData("TỜ TRÌNH", EffectStatus.Unknown, true)]
    [InlineData("Quyết định", EffectStatus.Unknown, false)] // unknown, and worth saying so
    [InlineData("Kế hoạch", EffectStatus.Unknown, true)] // a plan shows its period instead
    [InlineData("Kế hoạch", EffectStatus.Expired, false)] // a plan another replaced says so
    [InlineData("Báo cáo", EffectStatus.Expired, false)] // whatever is known is said
    [InlineData(null, EffectStatus.Unknown, false)]
    public void AnEffect_IsMootOnlyForARecordWhoseEffectIsUnknown(string? type, EffectStatus status, bool moot) =>
        Assert.Equal(moot, EffectRule.EffectIsMoot(type, status));

    [Theory]
    [InlineData("2025-11-30", EffectStatus.NotYetInForce)] // the day before its own day of effect
    [InlineData("2025-12-01", EffectStatus.InForce)] // that day
    [InlineData("2026-12-05", EffectStatus.InForce)]
    public void ItsOwnDayOfEffect_DecidesWhenNothingElseDoes(string asOf, EffectStatus status)
    {
        var subject = Decision("21/2025/QĐ-UBND") with { Effective = new DateOnly(2025, 12, 1) };

        var effect = EffectRule.Decide(subject, [], CentralEffectFacts.None, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((status, EffectStatus.Unknown, new DateOnly(2025, 12, 1)), (effect.Status, effect.Stated, effect.InForceFrom));
        Assert.StartsWith("Có hiệu lực từ ngày 01/12/2025 theo chính văn bản", effect.Note, StringComparison.Ordinal);
        Assert.Equal(status == EffectStatus.InForce, effect.Note!.Contains("chưa có văn bản nào được lưu bãi bỏ, thay thế", StringComparison.Ordinal));
    }

    [Fact]
    public void ItsOwnDayOfEffect_GivesWayToWhatEndedIt_AndSaysNothingOfARecordOrWithoutADay()
    {
        var asOf = new DateOnly(2026, 12, 5);
        var subject = Decision() with { Effective = new DateOnly(2019, 4, 1) };
        var repealed = EffectRule.Decide(subject, [Act(CitationRelation.Repeals, "05/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Phong")], CentralEffectFacts.None, asOf);
        var amended = EffectRule.Decide(subject, [Act(CitationRelation.Amends, "05/2025/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Phong")], CentralEffectFacts.None, asOf);
        var plan = EffectRule.Decide(new EffectSubject(Number("14/KH-UBND"), "Kế hoạch", null, EffectStatus.Unknown) { Effective = new DateOnly(2026, 1, 10) }, [], CentralEffectFacts.None, asOf);
        var noDay = EffectRule.Decide(subject, [], CentralEffectFacts.None);
        var portalBefore = EffectRule.Decide(Decision() with { Stated = EffectStatus.NotYetInForce, Effective = new DateOnly(2026, 1, 1) }, [], CentralEffectFacts.None, asOf);
        var portalInForce = EffectRule.Decide(Decision() with { Stated = EffectStatus.InForce, Effective = new DateOnly(2027, 1, 1) }, [], CentralEffectFacts.None, asOf);

        Assert.Equal((EffectStatus.Expired, (DateOnly?)null), (repealed.Status, repealed.InForceFrom));
        Assert.Equal(EffectStatus.InForce, amended.Status);
        Assert.EndsWith("Được sửa đổi, bổ sung bởi Quyết định số 05/2025/QĐ-UBND.", amended.Note, StringComparison.Ordinal);
        Assert.Equal((EffectStatus.Unknown, (DateOnly?)null), (plan.Status, plan.InForceFrom)); // a plan has a period, not an effect
        Assert.Equal((EffectStatus.Unknown, (DateOnly?)null), (noDay.Status, noDay.InForceFrom));
        Assert.Equal(EffectStatus.InForce, portalBefore.Status); // the portal's "Chưa có hiệu lực" was read before the day came
        Assert.Equal((EffectStatus.InForce, (DateOnly?)null), (portalInForce.Status, portalInForce.InForceFrom)); // what a source states is not second-guessed
    }
}
