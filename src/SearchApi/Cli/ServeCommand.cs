using System.CommandLine;
using LawMonitor.SearchApi.Hosting;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>serve [--urls URL]</c>: run the HTTP service on the data folder.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Địa chỉ lắng nghe", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var corpus = new Option<string>("--corpus") { Description = "Kho văn bản mẫu được lập chỉ mục khi chạy lần đầu", DefaultValueFactory = _ => "corpus" };
        var command = new Command("serve", "Chạy dịch vụ LawMonitor: giao diện web và API (OpenAPI tại /openapi/v1.json)");
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
