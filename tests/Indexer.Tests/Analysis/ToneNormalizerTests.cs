using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Tests.Analysis;

public sealed class ToneNormalizerTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("uỷ", "ủy")]
    [InlineData("hoá", "hóa")]
    [InlineData("qúy", "quý")]
    [InlineData("tuỳ", "tùy")]
    [InlineData("loà", "lòa")]
    public void Normalize_NewStylePlacement_MovesToCanonicalVowel(string typed, string canonical)
    {
        var span = typed.ToCharArray();
        ToneNormalizer.Normalize(span);
        Assert.Equal(canonical, new string(span));
    }

    [Theory]
    [InlineData("hòa")]
    [InlineData("thủy")]
    [InlineData("hoàng")]
    [InlineData("toán")]
    [InlineData("quyết")]
    [InlineData("người")]
    [InlineData("giường")]
    [InlineData("giữa")]
    [InlineData("nghĩa")]
    [InlineData("khuỷu")]
    [InlineData("ngoài")]
    [InlineData("của")]
    [InlineData("gì")]
    [InlineData("quốc")]
    [InlineData("điều")]
    [InlineData("luật")]
    public void Normalize_CanonicalSyllable_IsUnchanged(string syllable)
    {
        var span = syllable.ToCharArray();
        ToneNormalizer.Normalize(span);
        Assert.Equal(syllable, new string(span));
    }

    [Theory]
    [InlineData("ab1")]
    [InlineData("xyzà")]
    [InlineData("àà")]
    [InlineData("")]
    public void Normalize_NotAVietnameseSyllable_IsLeftAlone(string text)
    {
        var span = text.ToCharArray();
        Assert.False(ToneNormalizer.Normalize(span));
        Assert.Equal(text, new string(span));
    }
}
