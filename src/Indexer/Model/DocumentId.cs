namespace LawMonitor.Indexer.Model;

/// <summary>
/// The stable identity of a document in LawMonitor, chosen by whoever supplied it (a corpus line's id, a
/// source's own key). Case-sensitive, 1–512 characters, no control characters.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(DocumentIdJsonConverter))]
public readonly record struct DocumentId : IParsable<DocumentId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 512;

    private DocumentId(string value) => Value = value;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Validates <paramref name="value"/>; an invalid id is a value with a message, not an exception.</summary>
    public static bool TryCreate(string? value, out DocumentId id, out string? error)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = "document id is empty";
            return false;
        }

        if (value.Length > MaxLength)
        {
            error = $"document id is longer than {MaxLength} characters";
            return false;
        }

        if (value.Any(char.IsControl))
        {
            error = "document id contains control characters";
            return false;
        }

        error = null;
        id = new DocumentId(value);
        return true;
    }

    /// <summary>Parses <paramref name="s"/> (a route value, a stored id); an invalid id throws <see cref="FormatException"/>.</summary>
    public static DocumentId Parse(string s) => Parse(s, null);

    /// <inheritdoc />
    public static DocumentId Parse(string s, IFormatProvider? provider) =>
        TryCreate(s, out var id, out var error) ? id : throw new FormatException(error);

    /// <inheritdoc />
    public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out DocumentId result) =>
        TryCreate(s, out result, out _);

    /// <summary>Creates an id, throwing on invalid input (for ids known to be valid).</summary>
    public static DocumentId Create(string value) =>
        TryCreate(value, out var id, out var error) ? id : throw new ArgumentException(error, nameof(value));

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
