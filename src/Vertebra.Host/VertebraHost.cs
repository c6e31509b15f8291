using System.CommandLine;
using Vertebra.Cli;

namespace Vertebra.Host;

/// <summary>
/// The <c>vertebra</c> executable: the command line (Vertebra.Cli) with <c>serve</c>, which runs the website
/// (Vertebra.Web). The only place that composes the two, so the command line itself never references the web host.
/// </summary>
internal static class VertebraHost
{
    public static RootCommand CommandLine(TextWriter output, TextWriter error, TextReader? input = null) =>
        VertebraCommandLine.Create(output, error, input, [ServeCommand.Create(error)]);
}
