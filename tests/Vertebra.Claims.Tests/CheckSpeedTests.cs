using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Vertebra.Claims.Tests;

/// <summary>Prints throughput only; timings are never asserted (shared, busy build machine).</summary>
public sealed class CheckSpeedTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Build = "Debug";
#else
    private const string Build = "Release";
#endif

    [Fact]
    public void Check_Throughput_IsPrinted()
    {
        string[] sentences = File.Exists(RepoPaths.DevSet)
            ? [.. ClaimEvaluation.ReadLabelled(RepoPaths.DevSet).Select(i => i.Text)]
            : ["Massage cannot push a disc back.", "Our plaster is 100% safe.", "Exercise is the main treatment for most low back pain."];
        var load = Stopwatch.StartNew();
        var checker = ClaimChecker.Load(RepoPaths.ClaimsYaml);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Load (parse and build every regex): {load.Elapsed.TotalMilliseconds:F0} ms"));
        foreach (var s in sentences)
        {
            checker.Check(s);
        }

        const int rounds = 200;
        var findings = 0;
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var s in sentences)
            {
                findings += checker.Check(s).Count;
            }
        }

        watch.Stop();
        var count = rounds * sentences.Length;
        var perSecond = count / watch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} single-sentence checks in {watch.Elapsed.TotalMilliseconds:F0} ms: {perSecond:F0} sentences/s ({watch.Elapsed.TotalMicroseconds / count:F1} µs each), one thread, {Build} build"));

        var document = string.Join(" ", sentences);
        watch.Restart();
        for (var r = 0; r < rounds; r++)
        {
            findings += checker.Check(document).Count;
        }

        watch.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} checks of a {sentences.Length}-sentence document in {watch.Elapsed.TotalMilliseconds:F0} ms: {count / watch.Elapsed.TotalSeconds:F0} sentences/s, {Build} build"));
        Assert.True(findings > 0);
    }

    /// <summary>
    /// Whole bundled articles, timed by the process's CPU time as well as the clock: on the shared 2-core machine
    /// (load average 30-45 while this was written) the clock mostly measures waiting for a core.
    /// </summary>
    [Fact]
    public void CheckArticles_ThroughputPerCpuSecond_IsPrinted()
    {
        var articles = Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "content", "articles"), "*.md").Select(File.ReadAllText).ToArray();
        var sentences = articles.Sum(a => Matching.SentenceSplitter.Split(a).Count);
        foreach (var article in articles)
        {
            Checkers.Shipped.Check(article);
        }

        const int rounds = 20;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var article in articles)
            {
                Checkers.Shipped.Check(article);
            }
        }

        watch.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Length} articles, {sentences} sentences, {rounds} rounds: {rounds * sentences / cpuSeconds:F0} sentences per CPU-second, {rounds * sentences / watch.Elapsed.TotalSeconds:F0} per wall-clock second, {Build} build"));
        Assert.True(sentences > 0);
    }
}
