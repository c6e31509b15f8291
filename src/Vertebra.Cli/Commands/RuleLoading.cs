namespace Vertebra.Cli.Commands;

/// <summary>Loads the rules a command runs on: rules that cannot be loaded are one line on standard error and exit code 2.</summary>
internal static class RuleLoading
{
    public const int BadRules = 2;

    /// <summary>
    /// The rules <paramref name="load"/> gives, or null after writing "The <paramref name="what"/> could not be loaded: ..."
    /// to <paramref name="error"/> when it throws <typeparamref name="TError"/>.
    /// </summary>
    public static async Task<TRules?> LoadAsync<TRules, TError>(Func<TRules> load, string what, TextWriter error)
        where TRules : class
        where TError : Exception
    {
        try
        {
            return load();
        }
        catch (TError ex)
        {
            await error.WriteLineAsync($"The {what} could not be loaded: " + ex.Message).ConfigureAwait(false);
            return null;
        }
    }
}
