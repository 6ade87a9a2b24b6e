namespace LawMonitor.Indexer.Parsing.Json;

/// <summary>One JSON object <c>{"id", "text", …}</c>, as given: a line of a JSONL corpus, or a <c>.json</c> file.</summary>
/// <param name="Id">Its <c>id</c>, when it has one.</param>
/// <param name="Text">Its <c>text</c>, composed (NFC).</param>
/// <param name="Fields">Every other string, number or boolean field, by name (case-insensitive), as written.</param>
public sealed record JsonRecord(string? Id, string Text, IReadOnlyDictionary<string, string> Fields);
