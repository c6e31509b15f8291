using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Vertebra.Bench;

/// <summary>
/// Runs in the benchmark process itself, few iterations: on the shared 2-core machine the generated project's build
/// step alone overran BenchmarkDotNet's 2-minute build timeout.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7));
    }
}
