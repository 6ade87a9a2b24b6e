using System.Text.Json;
using System.Text.Json.Serialization;

namespace LawMonitor.Indexer.Calendar;

/// <summary>
/// Writes an instant as the API and the CLI give it to people and programs: ISO 8601 at Vietnam's offset,
/// "2023-11-27T09:00:00+07:00", so the day and hour read off the text are the Vietnam calendar's, as the UI
/// shows them. Any ISO 8601 instant is read; the instant itself never changes, only the offset it is written at.
/// </summary>
public sealed class VietnamInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(TimeZoneInfo.ConvertTime(value, VietnamCalendar.Zone));
    }
}
