using System.Text;
using ZstdSharp;

namespace LawMonitor.Indexer.Storage.Text;

/// <summary>
/// Compresses texts as the index stores them (<see cref="StoredText"/>): a zstd frame made with the index's
/// <see cref="TextDictionary"/> once it has one, or without a dictionary before that. One writer's: not
/// thread-safe; the span a call returns is valid until the next call.
/// </summary>
internal sealed class TextCompressor : IDisposable
{
    private Compressor? withDictionary;
    private Compressor? plain;
    private byte[] utf8 = new byte[16 * 1024];
    private byte[] compressed = new byte[16 * 1024];

    /// <summary>The dictionary texts are compressed with, or null while the index has none.</summary>
    public TextDictionary? Dictionary { get; private set; }

    /// <summary>Compresses with <paramref name="dictionary"/> from now on (null: without one).</summary>
    public void Use(TextDictionary? dictionary)
    {
        if (dictionary?.Id == Dictionary?.Id)
        {
            return;
        }

        withDictionary?.Dispose();
        withDictionary = dictionary?.CreateCompressor();
        Dictionary = dictionary;
    }

    /// <summary>The frame of <paramref name="text"/>: with the dictionary when there is one.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<char> text)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8.Length < needed)
        {
            utf8 = new byte[Math.Max(needed, utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, utf8);
        var bound = Compressor.GetCompressBound(length);
        if (compressed.Length < bound)
        {
            compressed = new byte[Math.Max(bound, compressed.Length * 2)];
        }

        var compressor = withDictionary ?? (plain ??= TextDictionary.None.CreateCompressor());
        return compressed.AsSpan(0, compressor.Wrap(utf8.AsSpan(0, length), compressed));
    }

    public void Dispose()
    {
        withDictionary?.Dispose();
        plain?.Dispose();
    }
}
