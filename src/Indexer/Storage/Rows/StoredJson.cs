using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LawMonitor.Indexer.Storage.Rows;

/// <summary>
/// How every store keeps records in JSON columns (the index's versions and effects, the registers' records and
/// history): camelCase names, enums as camelCase names, nulls left out, Vietnamese unescaped. One set of options for
/// every file on disk; reading takes enum names in any case, so what older releases wrote in PascalCase still reads.
/// </summary>
internal static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("null stored value");
}
