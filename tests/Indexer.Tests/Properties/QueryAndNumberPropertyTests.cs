using CsCheck;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Properties;

/// <summary>
/// Properties of the parsers that read what people type: the query language and document numbers. Bounded;
/// CsCheck prints the seed of a failing case, and <c>CsCheck_Seed=…</c> in the environment replays it.
/// </summary>
public sealed class QueryAndNumberPropertyTests
{
    private const int Cases = 3_000;

    /// <summary>Text that has broken parsers before: NUL, lone surrogates, RTL marks, combining storms, operators, FTS5 and SQL syntax.</summary>
    private static readonly Gen<string> Hostile = Gen.OneOf<string>(
        Gen.String,
        Gen.String[Gen.Char["\"()-:*^+ORANDNEAR0123456789/.;'\u0000\uD800\uDC00\u202E\u200F\u0301\u0323\u0309\uFEFFaăâđêôơưáảạ "], 0, 60],
        Gen.Select(Gen.OneOf<string>("so:", "loai:", "co-quan:", "nam:", "hieu-luc:", "-", "\"", "OR ", "NEAR(", "'; DROP TABLE documents; --", "Điều 5 khoản 2"), Gen.String[0, 12], (a, b) => a + b).Array[1, 6]
            .Select(parts => string.Join(' ', parts)),
        Gen.Int[1, 200].Select(n => "a" + new string('\u0301', n)));

    private static readonly Gen<string> Symbol = Gen.OneOf<string>("NĐ-CP", "QĐ-UBND", "QĐ-TTg", "TT-BTP", "NQ-HĐND", "KH-UBND", "QH15", "QH13", "CT-UBND", "BC-STP");

    /// <summary>Numbers as documents write them: "19/2020/NĐ-CP", "25/KH-UBND".</summary>
    private static readonly Gen<string> Number = Gen.Select(Gen.Int[1, 3999], Gen.Int[1990, 2030], Gen.Bool, Symbol,
        (n, year, withYear, symbol) => withYear || symbol.StartsWith("QH", StringComparison.Ordinal) ? $"{n:00}/{year}/{symbol}" : $"{n:00}/{symbol}"); // a law's number always has its year

    [Fact]
    public void QueryParser_NeverThrows_AndNeverKeepsMoreThanItsLimit()
    {
        Hostile.SampleSeeded(text =>
        {
            var parsed = QueryParser.Parse(text);
            Assert.NotNull(parsed.Clauses);
            Assert.All(parsed.Notices, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        }, Cases);

        var huge = QueryParser.Parse(new string('a', QueryParser.MaxQueryLength * 3));
        Assert.Contains(huge.Notices, n => n.Contains("quá dài", StringComparison.Ordinal));
    }

    [Fact]
    public void QueryParser_FindsTheSameWords_WithOrWithoutDiacritics()
    {
        var word = Gen.OneOf<string>("thủ", "tục", "hành", "chính", "đất", "đai", "bồi", "thường", "xử", "phạt", "vi", "phạm", "môi", "trường", "quy", "chế", "kế", "hoạch");
        word.Array[1, 8].SampleSeeded(words =>
        {
            var text = string.Join(' ', words);
            var accented = QueryParser.Parse(text);
            var folded = QueryParser.Parse(WordNormalizer.Fold(text));
            Assert.Equal(accented.Clauses.Count, folded.Clauses.Count);
        }, Cases / 3);
    }

    [Fact]
    public void DocumentNumber_RoundTrips_ThroughItsDisplay_ItsFoldedForm_AndASentence()
    {
        Number.SampleSeeded(written =>
        {
            var number = DocumentNumberParser.TryParse(written);
            Assert.NotNull(number);
            Assert.Equal(written, number.Display);
            Assert.Equal(number.Key, number.Keys[0]);
            Assert.Equal(number.Key, DocumentNumberParser.TryParse(number.Display)!.Key);
            Assert.Equal(number.Key, DocumentNumberParser.TryParse(WordNormalizer.Fold(written).ToLowerInvariant())!.Key);
            Assert.Equal(number.Key, DocumentNumberParser.TryParse(written.Replace("/", " / ", StringComparison.Ordinal))!.Key);
            Assert.Equal(number.Key, DocumentNumberParser.TryParse($"Căn cứ Quyết định số {written} ngày 05 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh;")!.Key);
        }, Cases);
    }

    [Fact]
    public void DocumentNumber_NeverThrows_OnAnyText()
    {
        Hostile.SampleSeeded(text =>
        {
            if (DocumentNumberParser.TryParse(text) is { } number)
            {
                Assert.False(string.IsNullOrEmpty(number.Key));
                Assert.DoesNotContain(number.Display, char.IsWhiteSpace);
            }
        }, Cases);
    }
}
