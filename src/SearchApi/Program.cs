using LawMonitor.SearchApi.Cli;

// One executable: `serve` runs the HTTP service, every other verb is a command-line tool.
return await LawMonitorCli.Build().Parse(args).InvokeAsync();
