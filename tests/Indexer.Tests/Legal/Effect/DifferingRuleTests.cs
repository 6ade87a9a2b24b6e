using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Tests.Legal.Effect;

public sealed class DifferingRuleTests
{
    private static LegalDocument Doc(string number, string issuer, string? date) =>
        new(DocumentId.Create("d-" + number.Replace('/', '-')), "…")
        {
            Number = DocumentNumberParser.TryParse(number),
            Issuer = issuer,
            IssueDate = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        };

    [Theory]
    [InlineData("12/2025/QĐ-UBND", "UBND huyện Tân Lạc", "70/2025/QĐ-UBND", "UBND tỉnh Hòa Phong", DifferingRuleKind.ConflictWithHigher, true)]
    [InlineData("70/2025/QĐ-UBND", "UBND tỉnh Hòa Phong", "12/2025/QĐ-UBND", "UBND huyện Tân Lạc", DifferingRuleKind.ConflictWithHigher, false)]
    [InlineData("70/2025/QĐ-UBND", "UBND tỉnh Hòa Phong", "80/2020/NĐ-CP", "Chính phủ", DifferingRuleKind.ConflictWithHigher, true)]
    [InlineData("70/2025/QĐ-UBND", "UBND tỉnh Hòa Phong", "05/2025/NQ-HĐND", "HĐND tỉnh Hòa Phong", DifferingRuleKind.ConflictWithHigher, true)]
    [InlineData("12/2025/QĐ-UBND", "UBND xã Tân Lạc", "15/2025/QĐ-UBND", "UBND xã Tân Lạc", DifferingRuleKind.LaterRestatement, true)]
    [InlineData("70/2025/QĐ-UBND", "UBND tỉnh Hòa Phong", "12/2025/QĐ-UBND", "UBND tỉnh Bình An", DifferingRuleKind.Contradiction, true)]
    public void Between_DecidesByTheIssuersLevelsAndDates(string a, string issuerA, string b, string issuerB, DifferingRuleKind kind, bool firstIsSubject)
    {
        var rule = DifferingRule.Between(Doc(a, issuerA, "2025-03-10"), Doc(b, issuerB, "2025-06-20"));

        Assert.Equal(kind, rule.Kind);
        Assert.Equal(firstIsSubject, rule.FirstIsSubject);
    }

    [Fact]
    public void SameBody_ByFullAndShortName_LaterApplies_WhicheverIsGivenFirst()
    {
        var later = Doc("80/2025/QĐ-UBND", "Ủy ban nhân dân tỉnh Hòa Phong", "2025-06-20");
        var earlier = Doc("70/2025/QĐ-UBND", "UBND tỉnh Hòa Phong", "2025-03-10");

        var rule = DifferingRule.Between(later, earlier);

        Assert.Equal(DifferingRuleKind.LaterRestatement, rule.Kind);
        Assert.False(rule.FirstIsSubject); // the earlier one is the one to act on
    }

    [Fact]
    public void SameBody_WithoutDates_IsAContradiction()
    {
        var rule = DifferingRule.Between(Doc("70/2025/QĐ-UBND", "UBND tỉnh Hòa Phong", null), Doc("71/2025/QĐ-UBND", "UBND tỉnh Hòa Phong", null));

        Assert.Equal(DifferingRuleKind.Contradiction, rule.Kind);
    }
}
