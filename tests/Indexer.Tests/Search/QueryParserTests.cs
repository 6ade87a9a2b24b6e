using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Search.Query;

namespace LawMonitor.Indexer.Tests.Search;

public sealed class QueryParserTests
{
    private static List<string> Items(ParsedQuery q) =>
        q.Clauses.Select(c => string.Join(" OR ", c.Alternatives.Select(a => a switch
        {
            WordItem w => w.Folded,
            PhraseItem p => "\"" + string.Join(' ', p.Words.Select(w => w.Folded)) + "\"",
            KeyItem k => "#" + k.Key,
            _ => "?",
        }))).ToList();

    [Fact]
    public void Parse_FreeText_GivesOneRequiredClausePerWord()
    {
        var q = QueryParser.Parse("thi hành pháp luật");
        Assert.Equal(["thi", "hanh", "phap", "luat"], Items(q));
        Assert.True(q.HasDiacritics);
        Assert.False(QueryParser.Parse("thi hanh phap luat").HasDiacritics);
    }

    [Fact]
    public void Parse_PhraseExclusionAndOr_AreUnderstood()
    {
        var q = QueryParser.Parse("\"xử lý vi phạm\" -\"hành chính\" -cảnh ma túy OR hôn nhân");
        Assert.Equal(["\"xu ly vi pham\"", "ma", "tuy OR hon", "nhan"], Items(q));
        Assert.Equal(2, q.Excluded.Count);
        Assert.IsType<PhraseItem>(q.Excluded[0]);
    }

    [Fact]
    public void Parse_Filters_AreReadWithAliasesAndQuotes()
    {
        var q = QueryParser.Parse("loai:nghị-định co-quan:\"Bộ Tư pháp\" nam:2018..2022 hieu-luc:con-hieu-luc so:19/2020/NĐ-CP nguon:corpus kiểm tra");
        Assert.Equal(["kiem", "tra"], Items(q));
        Assert.Equal("nghi dinh", q.Filters.TypeKey);
        Assert.Equal("bo tu phap", q.Filters.IssuerKey);
        Assert.Equal(new YearRange(2018, 2022), q.Filters.Years);
        Assert.Equal("con-hieu-luc", q.Filters.StatusCode);
        Assert.Equal(["19/2020/nd-cp"], q.Filters.NumberKeys);
        Assert.Equal("corpus", q.Filters.Source);
        Assert.Empty(q.Notices);

        var english = QueryParser.Parse("type:decree issuer:UBND year:2020 status:expired number:\"nd 19/2020\"");
        Assert.Equal(new YearRange(2020, 2020), english.Filters.Years);
        Assert.Equal("het-hieu-luc", english.Filters.StatusCode);
        Assert.Equal(["19/2020/nd"], english.Filters.NumberKeys);
    }

    [Theory]
    [InlineData("19/2020/NĐ-CP", "19/2020/nd-cp")]
    [InlineData("19/2020/ND-CP", "19/2020/nd-cp")]
    [InlineData("số 242/QĐ-TTg", "242/qd-ttg")]
    [InlineData("242 / QĐ - TTg", "242/qd-ttg")]
    [InlineData("nd 19/2020", "19/2020/nd")]
    [InlineData("Nghị định số 19/2020", "19/2020/nd")]
    [InlineData("QĐ 242", "242/qd")]
    [InlineData("quyet dinh 242", "242/qd")]
    [InlineData("19/2020", "19/2020")]
    [InlineData("luật 64/2025", "64/2025")]
    public void Parse_DocumentNumbers_BecomeOneKey(string text, string key)
    {
        var q = QueryParser.Parse(text);
        var item = Assert.IsType<KeyItem>(Assert.Single(q.Clauses).Alternatives.Single());
        Assert.Equal(TokenKind.LegalNumber, item.Kind);
        Assert.Equal(key, item.Key);
        Assert.True(q.IsNumberOnly);
    }

    [Fact]
    public void Parse_NumberWithWords_KeepsTheWords()
    {
        Assert.Equal(["#19/2020/nd-cp", "kiem", "tra"], Items(QueryParser.Parse("19/2020/NĐ-CP kiểm tra")));
    }

    [Fact]
    public void Parse_UnbalancedQuote_ClosesAtTheEndWithANotice()
    {
        var q = QueryParser.Parse("thi hành \"pháp luật");
        Assert.Equal(["thi", "hanh", "\"phap luat\""], Items(q));
        Assert.Single(q.Notices);
    }

    [Theory]
    [InlineData("nam:abc")]
    [InlineData("hieu-luc:maybe")]
    [InlineData("so:khong-co-so")]
    [InlineData("loai:khong-ro-loai")]
    public void Parse_InvalidFilterValue_IsReportedInVietnamese(string text)
    {
        Assert.NotEmpty(QueryParser.Parse(text).Notices);
    }

    [Fact]
    public void Parse_UnknownField_IsText()
    {
        Assert.Equal(["abc", "xyz"], Items(QueryParser.Parse("abc:xyz")));
    }

    [Fact]
    public void Parse_FtsSyntax_IsJustText()
    {
        Assert.Equal(["near", "a", "b", "c", "d"], Items(QueryParser.Parse("NEAR(a b) c* ^d")));
    }

    [Fact]
    public void Parse_VeryLongQuery_IsCutWithANotice()
    {
        var q = QueryParser.Parse(string.Join(' ', Enumerable.Repeat("luật đất đai", 3000)));
        Assert.True(q.Clauses.Count <= QueryParser.MaxWords);
        Assert.NotEmpty(q.Notices);
    }

    [Fact]
    public void Parse_RepeatedWord_AsksOnce()
    {
        Assert.Equal(["luat", "dat", "dai"], Items(QueryParser.Parse("luật đất đai luật")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ...")]
    [InlineData("\"\"")]
    [InlineData("-")]
    [InlineData("OR")]
    public void Parse_NothingToSearch_HasNoClauses(string text)
    {
        Assert.False(QueryParser.Parse(text).HasText);
    }

    [Theory]
    [InlineData("2020", 2020, 2020)]
    [InlineData("2018..2022", 2018, 2022)]
    [InlineData("2018-2022", 2018, 2022)]
    [InlineData("2018..", 2018, null)]
    [InlineData("..2022", null, 2022)]
    public void YearRange_TryParse_ReadsSinglesAndRanges(string text, int? from, int? to)
    {
        Assert.True(YearRange.TryParse(text, out var range));
        Assert.Equal(new YearRange(from, to), range);
    }

    [Theory]
    [InlineData("2022..2018")]
    [InlineData("..")]
    [InlineData("20x0")]
    [InlineData("99")]
    public void YearRange_TryParse_RejectsNonsense(string text) => Assert.False(YearRange.TryParse(text, out _));
}
