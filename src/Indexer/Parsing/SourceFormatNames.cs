namespace LawMonitor.Indexer.Parsing;

/// <summary>The names an officer reads for the formats originals come in (<see cref="SourceFormat"/>, as versions store it).</summary>
public static class SourceFormatNames
{
    /// <summary>The Vietnamese name of <paramref name="format"/> (a <see cref="SourceFormat"/> name); an unknown one as stored.</summary>
    public static string Name(string format) =>
        Enum.TryParse<SourceFormat>(format, ignoreCase: false, out var known) ? known switch
        {
            SourceFormat.Text => "Văn bản thuần (TXT)",
            SourceFormat.Html => "Trang web (HTML)",
            SourceFormat.Pdf => "PDF",
            SourceFormat.Docx => "Word (DOCX)",
            SourceFormat.Doc => "Word 97–2003 (DOC)",
            SourceFormat.Rtf => "RTF",
            SourceFormat.JsonRecord => "Bản ghi JSON",
            _ => "Không rõ định dạng",
        } : format;
}
