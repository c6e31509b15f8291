using System.CommandLine;
using System.Text.RegularExpressions;
using Vertebra.Claims;
using Vertebra.Settings;

namespace Vertebra.Cli.Commands;

/// <summary><c>vertebra check FILE|-</c>: finds pseudoscientific claims in a text and explains each one.</summary>
internal static class CheckCommand
{
    public const int MaxChars = 1_000_000;

    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The text to check, or - for standard input.", DefaultValueFactory = _ => "-" };
        var json = new Option<bool>("--json") { Description = "Write the findings as JSON." };
        var content = CommonOptions.Content();
        var command = new Command("check", "Check a text for claims such as \"pushes the disc back\" or \"radical cure\". Each claim is shown at line:column. Exit code 3 when claims are found.")
        {
            file, json, content,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            string text;
            if (path == "-")
            {
                text = await input.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (!File.Exists(path))
            {
                await error.WriteLineAsync($"{path}: the file does not exist.").ConfigureAwait(false);
                return 1;
            }
            else
            {
                text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }

            if (text.Length > MaxChars)
            {
                await error.WriteLineAsync($"The text is longer than {MaxChars:N0} characters; split it and check each part.").ConfigureAwait(false);
                return 1;
            }

            var checker = await RuleLoading.LoadAsync<ClaimChecker, ClaimRulesException>(
                () => ClaimChecker.Load(DataFolders.ClaimsFile(CommonOptions.Bind(result).ContentDirectory)), "claim rules", error).ConfigureAwait(false);
            if (checker is null)
            {
                return RuleLoading.BadRules;
            }

            return await RunAsync(checker, text, result.GetValue(json), output, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(ClaimChecker checker, string text, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ClaimFinding> findings;
        try
        {
            findings = checker.Check(text, cancellationToken);
        }
        catch (RegexMatchTimeoutException)
        {
            await error.WriteLineAsync("The text could not be checked in time. This does not mean it has no claims.").ConfigureAwait(false);
            return 1;
        }

        if (json)
        {
            await output.WriteLineAsync(ClaimFindingJson.Serialize(findings)).ConfigureAwait(false);
        }
        else if (findings.Count == 0)
        {
            await output.WriteLineAsync("No claims from our list were found. A text can still be wrong in other ways.").ConfigureAwait(false);
        }
        else
        {
            foreach (var f in findings)
            {
                var severity = f.Severity == ClaimSeverity.Critical ? "SERIOUS (could harm)" : "warning (misleading)";
                var (line, column) = LineAndColumn(text, f.Start);
                await output.WriteLineAsync($"[{severity}] {f.Category} at {line}:{column}: \"{f.Text}\"").ConfigureAwait(false);
                await output.WriteLineAsync($"  Why: {f.Why}").ConfigureAwait(false);
                await output.WriteLineAsync($"  Source: {f.SourceName} ({f.SourceUrl})").ConfigureAwait(false);
                await output.WriteLineAsync($"  Read more: {(f.Language == "zh" ? "/zh/articles/" : "/articles/")}{f.ArticleSlug}").ConfigureAwait(false);
            }
        }

        if (findings.Count >= ClaimChecker.MaxFindings && !json)
        {
            await output.WriteLineAsync($"Stopped after {ClaimChecker.MaxFindings} claims; check a shorter part of the text to see the rest.").ConfigureAwait(false);
        }

        return findings.Count == 0 ? 0 : 3;
    }

    /// <summary>The 1-based line and column of a character offset, as editors count them (a Windows line end is one).</summary>
    internal static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
