using Vertebra.Cli;

return await VertebraCommandLine.Create(Console.Out, Console.Error).Parse(args).InvokeAsync().ConfigureAwait(false);
