using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LawMonitor.Indexer.Calendar;

namespace LawMonitor.SearchApi.Cli;

/// <summary>JSON as the CLI prints it: camelCase, indented, Vietnamese letters unescaped, instants at Vietnam's offset.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new VietnamInstantJsonConverter() },
    };

    public static void Print<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
