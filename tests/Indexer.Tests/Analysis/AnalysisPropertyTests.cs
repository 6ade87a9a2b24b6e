using System.Text;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Tests.Analysis;

/// <summary>Properties over random strings drawn from Vietnamese letters, marks, digits, spaces and punctuation.</summary>
public sealed class AnalysisPropertyTests
{
    private const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789 .,;:/-()\"'\n\t\u00A0\u200B\u00AD\u0300\u0301\u0309\u0303\u0323ẞßΩ中";

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    private static string RandomText(int seed)
    {
        var random = new Random(seed);
        var length = random.Next(0, 200);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NormalizeWords_IsIdempotent(int seed)
    {
        var once = VietnameseAnalyzer.NormalizeWords(RandomText(seed));
        Assert.Equal(once, VietnameseAnalyzer.NormalizeWords(once));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FoldWords_IsIdempotentAndAgreesWithFoldingTheExactForm(int seed)
    {
        var text = RandomText(seed);
        var folded = VietnameseAnalyzer.FoldWords(text);
        Assert.Equal(folded, VietnameseAnalyzer.FoldWords(folded));
        Assert.Equal(folded, VietnameseAnalyzer.FoldWords(VietnameseAnalyzer.NormalizeWords(text)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tokenize_OffsetsStayInBoundsAndIncrease(int seed)
    {
        var text = RandomText(seed);
        var previousStart = -1;
        var previousPosition = -1;
        foreach (var token in VietnameseAnalyzer.Tokenize(text))
        {
            Assert.InRange(token.Start, 0, text.Length);
            Assert.InRange(token.End, token.Start + 1, text.Length);
            if (token.IsKey)
            {
                Assert.Equal(previousPosition, token.Position);
                continue;
            }

            Assert.True(token.Start > previousStart, $"token '{token.Text}' starts at {token.Start}, not after {previousStart}");
            Assert.Equal(previousPosition + 1, token.Position);
            Assert.Equal(token.Text.Length, token.Folded.Length);
            previousStart = token.Start;
            previousPosition = token.Position;
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tokenize_FoldedFormsHaveNoVietnameseDiacritics(int seed)
    {
        foreach (var token in VietnameseAnalyzer.Tokenize(RandomText(seed)).Where(t => !t.IsKey))
        {
            Assert.DoesNotContain(token.Folded, c => "ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ".Contains(c));
            Assert.Equal(token.Folded, WordNormalizer.Fold(token.Folded));
        }
    }

    [Fact]
    public void Tokenize_EmptyText_GivesNoTokens()
    {
        Assert.Empty(VietnameseAnalyzer.Tokenize(string.Empty));
        Assert.Empty(VietnameseAnalyzer.Tokenize(" \n\t.,;"));
    }
}
