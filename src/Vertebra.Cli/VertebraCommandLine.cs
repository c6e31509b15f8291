using System.CommandLine;
using Vertebra.Cli.Commands;

namespace Vertebra.Cli;

/// <summary>The <c>vertebra</c> command and its subcommands.</summary>
public static class VertebraCommandLine
{
    /// <param name="output">Where commands write their results.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="input">Standard input (default: the console's).</param>
    /// <param name="hostCommands">Commands the executable adds first (serve), which need parts this library does not reference.</param>
    public static RootCommand Create(TextWriter output, TextWriter error, TextReader? input = null, IEnumerable<Command>? hostCommands = null)
    {
        var root = new RootCommand("Vertebra: patient information and guidance for a hospital spine department.");
        foreach (var command in hostCommands ?? [])
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output, error));
        root.Subcommands.Add(TriageCommand.Create(input ?? Console.In, output, error));
        root.Subcommands.Add(CheckCommand.Create(input ?? Console.In, output, error));
        root.Subcommands.Add(UsersCommand.Create(input ?? Console.In, output, error));
        root.Subcommands.Add(AskCommand.Create(output, error));
        root.Subcommands.Add(IndexCommand.Create(output, error));
        root.Subcommands.Add(MigrateCommand.Create(output, error));
        DatabaseErrors.Guard(root, error);
        return root;
    }
}
