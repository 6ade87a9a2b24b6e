using System.Text;

namespace LawMonitor.Indexer.Parsing.Text;

/// <summary>
/// Decodes bytes of unknown encoding: a BOM decides; valid UTF-8 is UTF-8; otherwise Windows-1258 (the
/// Vietnamese code page) or Windows-1252, whichever reads as more Vietnamese. Legacy font encodings
/// (TCVN3, VNI) arrive as Windows-1252 and are repaired afterwards.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declared"/> (an HTTP or meta charset) wins when it is known.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string? declared = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (declared is not null && TryGetEncoding(declared) is { } named)
        {
            return (named.GetString(bytes), named.WebName);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var cp1258 = Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC);
            var cp1252 = Encoding.GetEncoding(1252).GetString(bytes);
            return VietnameseLetterCount(cp1258) > VietnameseLetterCount(cp1252) ? (cp1258, "windows-1258") : (cp1252, "windows-1252");
        }
    }

    /// <summary>The encoding for a charset name, or null when .NET does not know it.</summary>
    public static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int VietnameseLetterCount(string text) =>
        text.Count(c => c is 'ă' or 'â' or 'đ' or 'ê' or 'ô' or 'ơ' or 'ư' or 'Ă' or 'Â' or 'Đ' or 'Ê' or 'Ô' or 'Ơ' or 'Ư' || c is >= '\u1EA0' and <= '\u1EF9');
}
