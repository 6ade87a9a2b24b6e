using System.Text;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Tests.Analysis;

public sealed class VietnameseAnalyzerTests
{
    private static string[] Exact(string text) => VietnameseAnalyzer.Tokenize(text).Where(t => !t.IsKey).Select(t => t.Text).ToArray();

    private static string[] Folded(string text) => VietnameseAnalyzer.Tokenize(text).Where(t => !t.IsKey).Select(t => t.Folded).ToArray();

    [Fact]
    public void Tokenize_LegalSentence_GivesExactAndFoldedForms()
    {
        var tokens = VietnameseAnalyzer.Tokenize("Thi hành pháp luật về Đất đai");

        Assert.Equal(["thi", "hành", "pháp", "luật", "về", "đất", "đai"], tokens.Select(t => t.Text));
        Assert.Equal(["thi", "hanh", "phap", "luat", "ve", "dat", "dai"], tokens.Select(t => t.Folded));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], tokens.Select(t => t.Position));
    }

    [Theory]
    [InlineData("hoà giải", "hòa giải")]
    [InlineData("Thuỷ lợi", "thủy lợi")]
    [InlineData("sức khoẻ", "sức khỏe")]
    [InlineData("Uỷ ban", "ủy ban")]
    [InlineData("ĐIỀU", "điều")]
    public void Tokenize_TonePlacementAndCase_AreUnified(string typed, string canonical)
    {
        Assert.Equal(Exact(canonical), Exact(typed));
    }

    [Fact]
    public void Tokenize_DecomposedInput_EqualsComposed()
    {
        var composed = "Quyết định thi hành";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(Exact(composed), Exact(decomposed));
    }

    [Fact]
    public void Tokenize_InvisibleCharacters_DoNotSplitWords()
    {
        // zero-width space inside "pháp", soft hyphen inside "luật", word joiner inside "điều"
        Assert.Equal(["pháp", "luật", "điều"], Exact("phá\u200Bp lu\u00ADật điề\u2060u"));
    }

    [Fact]
    public void Tokenize_NonBreakingSpaces_SeparateWords()
    {
        Assert.Equal(["thi", "hành", "pháp", "luật"], Exact("thi\u00A0hành\u202Fpháp\u2007luật"));
    }

    [Fact]
    public void Tokenize_DWithStroke_FoldsToD()
    {
        Assert.Equal(["dieu", "dat", "dai", "dinh"], Folded("Điều đất ĐAI định"));
    }

    [Fact]
    public void Tokenize_LegallyMeaningfulWords_AreKept()
    {
        Assert.Equal(["không", "chưa", "điều", "được", "phải", "cấm"], Exact("không chưa điều được phải cấm"));
    }

    [Fact]
    public void Tokenize_Offsets_PointAtTheOriginalText()
    {
        var text = "  Căn cứ Nghị định số 19/2020/NĐ-CP; ";
        foreach (var token in VietnameseAnalyzer.Tokenize(text).Where(t => !t.IsKey))
        {
            Assert.Equal(token.Folded, VietnameseAnalyzer.Tokenize(text[token.Start..token.End]).Single(t => !t.IsKey).Folded);
        }
    }

    [Theory]
    [InlineData("19/2020/NĐ-CP")]
    [InlineData("19/2020/ND-CP")]
    [InlineData("19/2020/nđ-cp")]
    [InlineData("số 19/2020/NĐ-CP")]
    [InlineData("19 / 2020 / NĐ - CP")]
    [InlineData("Nghị định 019/2020/NĐ-CP")]
    public void Tokenize_DocumentNumberVariants_HaveOneKey(string text)
    {
        var keys = VietnameseAnalyzer.Tokenize(text).Where(t => t.Kind == TokenKind.LegalNumber).Select(t => t.Text).ToList();
        Assert.Equal("19/2020/nd-cp", keys[0]);
        Assert.Contains("19/2020", keys);
        Assert.Contains("19/nd", keys);
        Assert.Contains("19/2020/nd", keys);
    }

    [Theory]
    [InlineData("242/QĐ-TTg")]
    [InlineData("242/qd-ttg")]
    [InlineData("số 242/QĐ-TTg")]
    [InlineData("242 / QĐ - TTg")]
    public void Tokenize_AdministrativeNumberVariants_HaveOneKey(string text)
    {
        var key = VietnameseAnalyzer.Tokenize(text).First(t => t.Kind == TokenKind.LegalNumber);
        Assert.Equal("242/qd-ttg", key.Text);
    }

    [Theory]
    [InlineData("1/2 số thành viên")]
    [InlineData("ngày 15/7/2020")]
    [InlineData("tỷ lệ 3/4")]
    [InlineData("2020/abc")]
    public void Tokenize_FractionsAndDates_AreNotDocumentNumbers(string text)
    {
        Assert.DoesNotContain(VietnameseAnalyzer.Tokenize(text), t => t.Kind == TokenKind.LegalNumber);
    }

    [Theory]
    [InlineData("ngày 13/1/2021", "2021-01-13")]
    [InlineData("ngày 13-01-2021", "2021-01-13")]
    [InlineData("ngày 13 tháng 01 năm 2021", "2021-01-13")]
    [InlineData("Ngay 13 thang 1 nam 2021", "2021-01-13")]
    public void Tokenize_DatesWrittenAnyWay_GiveOneKey(string text, string key)
    {
        Assert.Equal(key, VietnameseAnalyzer.Tokenize(text).Single(t => t.Kind == TokenKind.Date).Text);
    }

    [Fact]
    public void Tokenize_ImpossibleDate_IsNotADate()
    {
        Assert.DoesNotContain(VietnameseAnalyzer.Tokenize("ngày 31/02/2021"), t => t.Kind == TokenKind.Date);
    }

    [Fact]
    public void CountWords_MatchesTheAnalyzer()
    {
        var text = "Điều 5. Phạm vi điều chỉnh\n1. Nghị định này quy định 1.000.000 đồng; phá\u200Bp lu\u00ADật.";
        Assert.Equal(VietnameseAnalyzer.Tokenize(text).Count(t => !t.IsKey), VietnameseAnalyzer.CountWords(text));
    }
}
