using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Client;

namespace Vertebra.SkipReasons.TestLogger;

/// <summary>Writes "Skipped NAME: REASON" for every skipped test, whatever the console logger's verbosity.</summary>
[FriendlyName(FriendlyName)]
[ExtensionUri("logger://vertebra/skip-reasons")]
public sealed class SkipReasonLogger : ITestLogger
{
    public const string FriendlyName = "skipreasons";

    public void Initialize(TestLoggerEvents events, string testRunDirectory)
    {
        ArgumentNullException.ThrowIfNull(events);
        events.TestResult += (_, e) =>
        {
            if (e.Result.Outcome == TestOutcome.Skipped)
            {
                var reason = string.IsNullOrWhiteSpace(e.Result.ErrorMessage) ? "no reason given" : e.Result.ErrorMessage.Trim();
                Console.WriteLine($"  Skipped {e.Result.TestCase.DisplayName}: {reason}");
            }
        };
    }
}
