using System.CommandLine;
using LawMonitor.SearchApi.Hosting;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>serve [--urls URL]</c>: run the HTTP service on the data folder.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var corpus = new Option<string>("--corpus") { Description = "Bundled corpus indexed on first start", DefaultValueFactory = _ => "corpus" };
        var command = new Command("serve", "Run the LawMonitor HTTP service (search API, OpenAPI at /openapi/v1.json)");
        command.Options.Add(urls);
        command.Options.Add(corpus);
        command.SetAction(async (result, cancellationToken) =>
        {
            var app = ServiceHost.Build(new ServiceOptions
            {
                DataDirectory = result.GetValue(CliOptions.Data)!,
                Urls = result.GetValue(urls)!,
                CorpusDirectory = result.GetValue(corpus),
            });
            await app.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
