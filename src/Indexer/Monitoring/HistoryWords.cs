using System.Globalization;
using System.Text.Json;
using LawMonitor.Indexer.Legal;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// What a change in a register's history set, as an officer reads it: "Công văn gửi: 87/STP-XDKTVB; Ngày gửi:
/// 08/04/2025; Hạn trả lời: 08/05/2025". Fields by their Vietnamese names, dates on the Vietnam calendar's
/// writing, documents by their names (never an id or JSON); bookkeeping fields (status, keys, who read it) left out.
/// </summary>
public static class HistoryWords
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["class"] = "Nhóm vấn đề", ["description"] = "Mô tả", ["provisions"] = "Quy định", ["evidence"] = "Chứng cứ", ["field"] = "Lĩnh vực",
        ["action"] = "Hình thức", ["competentBody"] = "Cơ quan có thẩm quyền", ["content"] = "Nội dung", ["findingIds"] = "Phát hiện",
        ["targets"] = "Văn bản, quy định", ["dispatchNumber"] = "Công văn gửi", ["sentOn"] = "Ngày gửi", ["deadline"] = "Thời hạn",
        ["answeredOn"] = "Ngày trả lời", ["answerReference"] = "Văn bản trả lời", ["verdict"] = "Kết quả", ["answerSummary"] = "Tóm tắt trả lời",
        ["outcomeDocumentId"] = "Văn bản thực hiện", ["implementedOn"] = "Ngày thực hiện", ["closeReason"] = "Lý do đóng",
        ["proposedOutcome"] = "Đề xuất văn bản thực hiện", ["leadBody"] = "Cơ quan chủ trì", ["cooperatingBodies"] = "Cơ quan phối hợp",
        ["product"] = "Sản phẩm", ["doneWith"] = "Kết quả", ["doneOn"] = "Ngày hoàn thành", ["reason"] = "Lý do", ["reportDocument"] = "Báo cáo kết quả",
        ["obligor"] = "Cơ quan phải báo cáo", ["recipient"] = "Gửi", ["reportName"] = "Báo cáo", ["bodies"] = "Cơ quan", ["receipts"] = "Báo cáo đã nhận",
        ["appliesFrom"] = "Áp dụng từ", ["appliesUntil"] = "Áp dụng đến", ["source"] = "Quy định",
    };

    private static readonly HashSet<string> DocumentFields = new(StringComparer.Ordinal) { "outcomeDocumentId", "doneWith", "reportDocument", "document" };

    /// <summary>The changes as one line; empty when only bookkeeping changed.</summary>
    public static string Describe(string entity, IReadOnlyDictionary<string, FieldChange> changes, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(labels);
        var parts = changes
            .Where(c => FieldNames.ContainsKey(c.Key))
            .Select(c => $"{Name(entity, c.Key)}: {Value(c.Key, c.Value.New, labels)}")
            .ToList();
        // A value that is a sentence ends with its own full stop: "Mô tả: … năm 2022. Quy định: …", never "2022.; Quy định".
        return string.Concat(parts.Select((part, i) => i == 0 ? part : (parts[i - 1].EndsWith('.') ? " " : "; ") + part));
    }

    private static string Name(string entity, string key) => (entity, key) switch
    {
        (MonitoringStore.RecommendationEntity, "deadline") => "Hạn trả lời",
        (MonitoringStore.TaskEntity, "source") => "Nguồn trong kế hoạch",
        _ => FieldNames[key],
    };

    private static string Value(string key, string? json, DocumentLabels labels)
    {
        if (json is null)
        {
            return "—";
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return Words(key, document.RootElement, labels);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static string Words(string key, JsonElement value, DocumentLabels labels) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.True => "có",
        JsonValueKind.False => "không",
        JsonValueKind.Number => key == "findingIds" ? "#" + value.GetRawText() : value.GetRawText(),
        JsonValueKind.String => Text(key, value.GetString() ?? string.Empty, labels),
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "—" : string.Join(key == "findingIds" ? ", " : "; ", value.EnumerateArray().Select(v => Words(key, v, labels))),
        _ => Object(value, labels),
    };

    private static string Text(string key, string text, DocumentLabels labels)
    {
        if (text.Length == 0)
        {
            return "—";
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        return key switch
        {
            _ when DocumentFields.Contains(key) => labels.OfReference(text),
            "action" when Enum.TryParse<RecommendedAction>(text, ignoreCase: true, out var action) => MonitoringNames.Of(action),
            "verdict" when Enum.TryParse<AnswerVerdict>(text, ignoreCase: true, out var verdict) => MonitoringNames.Of(verdict),
            "class" when Enum.TryParse<FindingClass>(text, ignoreCase: true, out var findingClass) => MonitoringNames.Of(findingClass),
            _ => text,
        };
    }

    /// <summary>A provision ({documentId, path}), a proposed outcome ({documentId, …}), a deadline or evidence ({text} / {note}).</summary>
    private static string Object(JsonElement value, DocumentLabels labels)
    {
        string? Property(string name) => value.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        if (Property("documentId") is { } id)
        {
            return DocumentName.WithProvision(labels.OfReference(id), Property("path"));
        }

        if (Property("kind") is { } kind && Property("note") is { } note)
        {
            return $"{MonitoringNames.EvidenceKind(kind)}: {note}";
        }

        return Property("text") ?? Property("note") ?? Property("body") ?? "…";
    }
}
