using System.Text.Json;
using System.Text.Json.Serialization;

namespace LawMonitor.Indexer.Model;

/// <summary>
/// Writes a <see cref="DocumentId"/> as its text, as stored rows and the API have it. The empty text is the
/// empty id (a task or duty that names no document); any other invalid one read is an error naming it.
/// </summary>
public sealed class DocumentIdJsonConverter : JsonConverter<DocumentId>
{
    public override DocumentId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is not { Length: > 0 } text ? default
        : DocumentId.TryCreate(text, out var id, out var error) ? id
        : throw new JsonException($"document id: {error}");

    public override void Write(Utf8JsonWriter writer, DocumentId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value ?? string.Empty);
    }
}
