using System.Text;
using LawMonitor.Indexer.Parsing.Text;
using LawMonitor.Indexer.Tests.Support.Files;

namespace LawMonitor.Indexer.Tests.Parsing.Text;

public sealed class TextDecoderTests
{
    private const string Sample = "Điều 1. Quyết định này quy định việc theo dõi thi hành pháp luật.";

    [Fact]
    public void Utf8_IsRecognisedWithoutBom() => Assert.Equal((Sample, "utf-8"), TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample)));

    [Fact]
    public void Utf16Bom_Decides()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();

        Assert.Equal((Sample, "utf-16le"), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Windows1258_WithCombiningTones_IsComposed()
    {
        var bytes = Windows1258.GetBytes(Sample);

        var (text, encoding) = TextDecoder.Decode(bytes);

        Assert.Equal("windows-1258", encoding);
        Assert.Equal(Sample, text);
    }

    [Fact]
    public void UnknownDeclaredCharset_FallsBackToSniffing() =>
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "x-no-such-charset").Text);
}
