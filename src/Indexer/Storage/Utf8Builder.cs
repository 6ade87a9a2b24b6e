using System.Text;

namespace LawMonitor.Indexer.Storage;

/// <summary>A growable UTF-8 buffer for building FTS column text without intermediate strings.</summary>
internal sealed class Utf8Builder
{
    private byte[] bytes = new byte[4096];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(byte b)
    {
        Ensure(1);
        bytes[Length++] = b;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        if (System.Text.Ascii.IsValid(text))
        {
            // Folded tokens are almost always ASCII: narrow them without the encoder's overhead.
            for (var i = 0; i < text.Length; i++)
            {
                bytes[Length + i] = (byte)text[i];
            }

            Length += text.Length;
            return;
        }

        Length += Encoding.UTF8.GetBytes(text, bytes.AsSpan(Length));
    }

    public void Append(ReadOnlySpan<byte> utf8)
    {
        Ensure(utf8.Length);
        utf8.CopyTo(bytes.AsSpan(Length));
        Length += utf8.Length;
    }

    /// <summary>Appends <paramref name="token"/> separated from what precedes it by one space.</summary>
    public void AppendToken(ReadOnlySpan<char> token)
    {
        if (Length > 0)
        {
            Append((byte)' ');
        }

        Append(token);
    }

    public byte[] ToArray() => bytes.AsSpan(0, Length).ToArray();

    private void Ensure(int more)
    {
        if (Length + more > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + more));
        }
    }
}
