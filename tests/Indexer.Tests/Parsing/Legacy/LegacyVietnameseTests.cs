using LawMonitor.Indexer.Parsing.Legacy;

namespace LawMonitor.Indexer.Tests.Parsing.Legacy;

public sealed class LegacyVietnameseTests
{
    [Fact]
    public void Tcvn3_IsDetectedAndConverted()
    {
        // "Cộng hòa xã hội chủ nghĩa Việt Nam. Điều 1. Phạm vi điều chỉnh" typed in .VnTime, read as Windows-1252.
        const string tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §iÒu 1. Ph¹m vi ®iÒu chØnh";

        var (text, encoding) = LegacyVietnamese.Repair(tcvn3);

        Assert.Equal("TCVN3", encoding);
        Assert.Equal("Cộng hoà xã hội chủ nghĩa Việt Nam. Điều 1. Phạm vi điều chỉnh", text);
    }

    [Fact]
    public void Vni_IsDetectedAndConverted()
    {
        // The same words typed in VNI-Times.
        const string vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñieàu 1. Phaïm vi ñieàu chænh";

        var (text, encoding) = LegacyVietnamese.Repair(vni);

        Assert.Equal("VNI", encoding);
        Assert.Equal("Cộng hòa xã hội chủ nghĩa Việt Nam. Điều 1. Phạm vi điều chỉnh", text);
    }

    [Theory]
    [InlineData("Cộng hòa xã hội chủ nghĩa Việt Nam. Điều 1. Phạm vi điều chỉnh")]
    [InlineData("The Provincial People's Committee decides: Article 1. Scope of regulation.")]
    [InlineData("Résumé: la décision entre en vigueur à la date de sa signature, été 2019.")]
    [InlineData("thi hanh phap luat, dieu 1, khoan 2")]
    public void TextThatIsNotLegacy_IsLeftAlone(string text)
    {
        var (repaired, encoding) = LegacyVietnamese.Repair(text);

        Assert.Null(encoding);
        Assert.Equal(text, repaired);
    }
}
