using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Tests.Support;

/// <summary>A real index in a temp folder, with helpers to write documents and search.</summary>
public sealed class TestIndex : IDisposable
{
    private readonly TempDirectory directory = new();

    public TestIndex(params LegalDocument[] documents)
    {
        Index = LegalIndex.Open(directory.Path);
        Engine = new SearchEngine(Index);
        if (documents.Length > 0)
        {
            Write(documents);
        }
    }

    public LegalIndex Index { get; }

    public SearchEngine Engine { get; }

    public string Directory => directory.Path;

    public void Write(params LegalDocument[] documents)
    {
        using var writer = Index.CreateWriter();
        foreach (var document in documents)
        {
            writer.Upsert(document);
        }

        writer.Commit();
    }

    public SearchResult Search(string query, int pageSize = 10, int page = 1) =>
        Engine.Search(new SearchRequest { Query = query, PageSize = pageSize, Page = page });

    public static LegalDocument Doc(string id, string text, string? number = null, string? title = null, string? type = null,
        string? issuer = null, DateOnly? date = null, EffectStatus status = EffectStatus.Unknown) =>
        new(DocumentId.Create(id), text)
        {
            Number = DocumentNumberParser.TryParse(number),
            Title = title,
            Type = type,
            Issuer = issuer,
            IssueDate = date,
            Status = status,
            Source = "test",
        };

    public void Dispose() => directory.Dispose();
}
