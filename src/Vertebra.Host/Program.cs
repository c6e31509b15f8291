using Vertebra.Host;

return await VertebraHost.CommandLine(Console.Out, Console.Error).Parse(args).InvokeAsync().ConfigureAwait(false);
