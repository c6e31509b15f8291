using System.CommandLine;
using Vertebra.Cli.Commands;

namespace Vertebra.Cli;

/// <summary>The <c>vertebra</c> command and its subcommands.</summary>
internal static class VertebraCommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter error, TextReader? input = null)
    {
        var root = new RootCommand("Vertebra: patient information and guidance for a hospital spine department.");
        root.Subcommands.Add(ServeCommand.Create(error));
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
