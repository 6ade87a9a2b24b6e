using System.Buffers;
using System.Globalization;
using System.Text;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Rows;

/// <summary>
/// A document's provision tree as the index stores it (<c>documents.structure</c>), parsed once at ingest and read by
/// search (the clause that holds a match), document pages and the detectors. Compact, since every provision of the
/// index has one: per node a byte of level and flags, offsets as zigzag varints (a node's start from where the
/// previous sibling ended, usually 0; its heading from its start), the label only when it is not the next in
/// sequence (Điều 7 after Điều 6, clause 3 after clause 2), and the path only when its level, label and parent do
/// not give it ("Điều 5" is Điều 5, its clause 2 is Điều 5.2). About 7 bytes a node.
/// </summary>
internal static class StructureCodec
{
    private const byte Format = 2;
    private const byte PathStored = 0x10;
    private const byte LabelNext = 0x20;

    public static byte[] Encode(DocumentStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var buffer = new ArrayBufferWriter<byte>(64);
        buffer.GetSpan(1)[0] = Format;
        buffer.Advance(1);
        Write(buffer, structure.BodyStart);
        Write(buffer, structure.ClosingStart is { } closing ? closing + 1L : 0);
        Write(buffer, structure.Signing is null ? 0 : 1);
        if (structure.Signing is { } signing)
        {
            Write(buffer, signing.Start);
            Write(buffer, signing.End - signing.Start);
        }

        var sequence = new Sequence();
        EncodeChildren(buffer, structure.Nodes, null, 0, sequence);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The stored tree of the document with row id <paramref name="documentId"/>; null when it has none.</summary>
    public static DocumentStructure? Read(SqliteConnection connection, SqliteTransaction? transaction, long documentId)
    {
        using var command = Sql.Command(connection, transaction, "SELECT structure FROM documents WHERE id = $id", ("$id", documentId));
        return command.ExecuteScalar() is byte[] bytes ? Decode(bytes) : null;
    }

    public static DocumentStructure Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0 || data[0] != Format)
        {
            throw new InvalidDataException($"documents.structure: unknown format {(data.Length == 0 ? "(empty)" : data[0].ToString(CultureInfo.InvariantCulture))}");
        }

        var at = 1;
        var bodyStart = (int)Read(data, ref at);
        var closing = Read(data, ref at);
        (int, int)? signing = null;
        if (Read(data, ref at) == 1)
        {
            var start = (int)Read(data, ref at);
            signing = (start, start + (int)Read(data, ref at));
        }

        var nodes = DecodeChildren(data, ref at, null, 0, new Sequence());
        return new DocumentStructure(nodes, bodyStart, closing == 0 ? null : (int)(closing - 1)) { Signing = signing };
    }

    private static void EncodeChildren(ArrayBufferWriter<byte> buffer, IReadOnlyList<StructureNode> nodes, StructureNode? parent, int origin, Sequence sequence)
    {
        Write(buffer, nodes.Count);
        var clauses = new Sequence();
        var previousEnd = origin;
        foreach (var node in nodes)
        {
            var next = Next(node.Level, sequence, clauses) == node.Label;
            var stored = Derived(parent, node.Level, node.Label) is not { } derived || !derived.Equals(node.Path);
            buffer.GetSpan(1)[0] = (byte)((int)node.Level | (stored ? PathStored : 0) | (next ? LabelNext : 0));
            buffer.Advance(1);
            if (!next)
            {
                Write(buffer, node.Label);
            }

            Follow(node.Level, node.Label, sequence, clauses);
            if (stored)
            {
                Write(buffer, node.Path.ToString());
            }

            Write(buffer, node.Start - previousEnd);
            Write(buffer, node.End - node.Start);
            Write(buffer, node.HeadingStart - node.Start);
            Write(buffer, node.HeadingEnd - node.HeadingStart);
            EncodeChildren(buffer, node.Children, node, node.Start, sequence);
            previousEnd = node.End;
        }
    }

    private static List<StructureNode> DecodeChildren(ReadOnlySpan<byte> data, ref int at, StructureNode? parent, int origin, Sequence sequence)
    {
        var count = (int)Read(data, ref at);
        var nodes = new List<StructureNode>(count);
        var clauses = new Sequence();
        var previousEnd = origin;
        for (var i = 0; i < count; i++)
        {
            var flags = data[at++];
            var level = (ProvisionLevel)(flags & 0x0F);
            var label = (flags & LabelNext) != 0
                ? Next(level, sequence, clauses) ?? throw new InvalidDataException($"documents.structure: no label follows for {level}")
                : ReadString(data, ref at);
            Follow(level, label, sequence, clauses);
            ProvisionPath path;
            if ((flags & PathStored) != 0)
            {
                var text = ReadString(data, ref at);
                path = text.Length == 0 ? ProvisionPath.Document
                    : ProvisionPath.TryParse(text, out var parsed) ? parsed.Value
                    : throw new InvalidDataException($"documents.structure: unreadable path '{text}'");
            }
            else
            {
                path = Derived(parent, level, label) ?? throw new InvalidDataException($"documents.structure: no path for {level} {label}");
            }

            var start = previousEnd + (int)Read(data, ref at);
            var end = start + (int)Read(data, ref at);
            var headingStart = start + (int)Read(data, ref at);
            var headingEnd = headingStart + (int)Read(data, ref at);

            // The children need their parent's path to derive theirs: build the node, then fill its list.
            var children = new List<StructureNode>();
            var node = new StructureNode(level, label, path, start, end, headingStart, headingEnd, children);
            children.AddRange(DecodeChildren(data, ref at, node, start, sequence));
            nodes.Add(node);
            previousEnd = end;
        }

        return nodes;
    }

    /// <summary>
    /// The path the parser gives a node of this level and label under this parent ("Điều 5" is Điều 5, "Chương II"
    /// is Chương II, clause 2 of Điều 5 is Điều 5.2, point a of it Điều 5.2.a); null when there is no such rule.
    /// </summary>
    private static ProvisionPath? Derived(StructureNode? parent, ProvisionLevel level, string label) => level switch
    {
        ProvisionLevel.Article when label.StartsWith("Điều ", StringComparison.Ordinal) => ProvisionPath.ForArticle(label[5..]),
        < ProvisionLevel.Article when label.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space => ProvisionPath.ForContainer(level, label[(space + 1)..]),
        ProvisionLevel.Clause when int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var clause) =>
            (parent is { Level: ProvisionLevel.Article } article ? article.Path : ProvisionPath.Document).WithClause(clause),
        ProvisionLevel.Point when parent is { Level: ProvisionLevel.Clause } owner => owner.Path.WithPoint(label),
        _ => null,
    };

    /// <summary>The label that would come next: the article after the document's last numbered one, the clause after its previous sibling.</summary>
    private static string? Next(ProvisionLevel level, Sequence articles, Sequence clauses) => level switch
    {
        ProvisionLevel.Article => "Điều " + (articles.Last + 1).ToString(CultureInfo.InvariantCulture),
        ProvisionLevel.Clause => (clauses.Last + 1).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static void Follow(ProvisionLevel level, string label, Sequence articles, Sequence clauses)
    {
        if (level == ProvisionLevel.Article)
        {
            articles.Last = label.StartsWith("Điều ", StringComparison.Ordinal) && int.TryParse(label.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        }
        else if (level == ProvisionLevel.Clause)
        {
            clauses.Last = int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        }
    }

    private static void Write(ArrayBufferWriter<byte> buffer, string text)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        Write(buffer, bytes);
        Encoding.UTF8.GetBytes(text, buffer.GetSpan(bytes));
        buffer.Advance(bytes);
    }

    private static string ReadString(ReadOnlySpan<byte> data, ref int at)
    {
        var length = (int)Read(data, ref at);
        var text = Encoding.UTF8.GetString(data.Slice(at, length));
        at += length;
        return text;
    }

    /// <summary>A zigzag varint: small numbers of either sign take one byte.</summary>
    private static void Write(ArrayBufferWriter<byte> buffer, long value)
    {
        var zigzag = (ulong)((value << 1) ^ (value >> 63));
        var span = buffer.GetSpan(10);
        var n = 0;
        while (zigzag >= 0x80)
        {
            span[n++] = (byte)(zigzag | 0x80);
            zigzag >>= 7;
        }

        span[n++] = (byte)zigzag;
        buffer.Advance(n);
    }

    private static long Read(ReadOnlySpan<byte> data, ref int at)
    {
        ulong value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    /// <summary>The last number seen at a level (-1 for none or a label that is not a number).</summary>
    private sealed class Sequence
    {
        public int Last { get; set; }
    }
}
