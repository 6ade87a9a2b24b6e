using System.CommandLine;
using System.Net;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>search "QUERY"</c>: ranked hits with snippets.</summary>
internal static partial class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Truy vấn: các từ, \"cụm từ\", -từ loại trừ, OR, so:/loai:/co-quan:/nam:/hieu-luc:" };
        var page = new Option<int>("--page") { Description = "Trang", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Số kết quả mỗi trang (1–100)", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Tìm kiếm quy định; kết quả có đánh dấu từ khớp");
        command.Arguments.Add(query);
        command.Options.Add(page);
        command.Options.Add(size);
        command.SetAction((result, cancellationToken) =>
        {
            var pageValue = result.GetValue(page);
            var sizeValue = result.GetValue(size);
            if (pageValue < 1 || sizeValue is < 1 or > SearchRequest.MaxPageSize)
            {
                Console.Error.WriteLine($"--page phải ≥ 1 và --size trong khoảng 1–{SearchRequest.MaxPageSize} (--page must be ≥ 1, --size 1–{SearchRequest.MaxPageSize})");
                return Task.FromResult(1);
            }

            var index = RegisterCli.Index(result);
            var found = new SearchEngine(index).Search(new SearchRequest { Query = result.GetValue(query) ?? string.Empty, Page = pageValue, PageSize = sizeValue }, cancellationToken);
            var numbers = NumberLookupResponse.ForQuery(found, index);
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(SearchResponse.From(found) with { Numbers = numbers });
            }
            else
            {
                Print(found, numbers);
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static void Print(SearchResult result, IReadOnlyList<NumberLookupResponse> numbers)
    {
        foreach (var notice in result.Notices)
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(notice)}[/]");
        }

        // A number that names the one document already recognised ("Đã nhận ra: Kế hoạch số 14/KH-UBND.") is not said twice.
        foreach (var number in numbers.Where(n => n.Held is not [var held] || !result.References.Any(r => r.Path is null && r.Document == held.Label)))
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(number.Message)}[/]");
        }

        AnsiConsole.MarkupLine($"[grey]{result.TotalHits} kết quả{(result.TotalDocuments is { } d ? $" trong {d} văn bản" : string.Empty)} — trang {result.Page}{(result.TotalHits > 0 ? $"/{(result.TotalHits + result.PageSize - 1) / result.PageSize}" : string.Empty)}[/]");
        var rank = ((result.Page - 1) * result.PageSize) + 1;
        foreach (var hit in result.Hits.Select(SearchHitResponse.From))
        {
            AnsiConsole.WriteLine();
            // The rank is the answer's order; the engine's score is no figure an officer can read (it stays in --json).
            var effect = (hit.StatusName ?? hit.PeriodName) is { } named ? $" [grey]({Markup.Escape(named)})[/]" : string.Empty;
            AnsiConsole.MarkupLine($"[bold]{rank++}.[/] [blue]{Markup.Escape(hit.Citation ?? hit.DocumentId)}[/]{effect}");
            if (hit.Title is { Length: > 0 } title)
            {
                AnsiConsole.MarkupLine($"   [grey]{Markup.Escape(title)}[/]");
            }

            AnsiConsole.MarkupLine("   " + ToMarkup(hit.SnippetHtml));
        }
    }

    /// <summary>Snippet HTML to console markup: marks in bold yellow, entities decoded, the rest escaped.</summary>
    private static string ToMarkup(string html)
    {
        var parts = MarkTag().Split(html);
        var markup = new System.Text.StringBuilder();
        var inMark = false;
        foreach (var part in parts)
        {
            if (part == "<mark>")
            {
                inMark = true;
                continue;
            }

            if (part == "</mark>")
            {
                inMark = false;
                continue;
            }

            var text = Markup.Escape(WebUtility.HtmlDecode(part));
            markup.Append(inMark ? $"[bold yellow]{text}[/]" : text);
        }

        return markup.ToString();
    }

    [GeneratedRegex("(</?mark>)")]
    private static partial Regex MarkTag();
}
